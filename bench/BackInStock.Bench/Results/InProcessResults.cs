using System.Text.Json.Serialization;

namespace BackInStock.Bench.Results;

/// <summary>What the in-process half of <c>make bench</c> measured: results/inprocess.json.</summary>
internal sealed record InProcessResults(
    DateTimeOffset MeasuredOn,
    int Cores,
    int Subscriptions,
    int Skus,
    int Rounds,
    IReadOnlyList<LoadMeasure> Loads,
    IReadOnlyList<TriggerMeasure> Trigger,
    IReadOnlyList<WriteMeasure> Writes);

/// <summary>Loading the scenario's shoppers and subscriptions (through <see cref="Seeding"/>), after the catalog.</summary>
internal sealed record LoadMeasure(string Store, int Subscriptions, int Contacts, double Seconds, double CatalogSeconds, string Method);

/// <summary>One batch size's PUTs, one per round, each from the call to every email committed.</summary>
internal sealed record TriggerMeasure(string Store, int Items, int Emails, IReadOnlyList<double> Milliseconds)
{
    [JsonIgnore]
    public double Median => Stats.Median(Milliseconds);
}

/// <summary>Durable subscribes through the Emulator API by concurrent writers.</summary>
internal sealed record WriteMeasure(string Store, int Writers, double PerSecond);
