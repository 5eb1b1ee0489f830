using BackInStock.Bench.Results;

namespace BackInStock.Bench.Tests;

/// <summary>Recorded numbers as the two halves of make bench write them, with values easy to find in the output.</summary>
internal static class SampleResults
{
    public static readonly DateTimeOffset MeasuredOn = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    public static HttpResults Http(
        IReadOnlyList<double>? control = null,
        IReadOnlyList<double>? getMemory = null,
        StartupTimes? startup = null,
        IReadOnlyList<RssSample>? underLoad = null) =>
        new(
            MeasuredOn,
            2,
            "-t2 -c32 -d10s",
            [
                new("control", "bare Kestrel control, same-sized JSON", control ?? [40_000, 44_000, 42_000]),
                new("get-memory", "gateway (memory): GET a contact's subscriptions", getMemory ?? [31_000, 33_000, 32_000]),
                new("post-memory", "gateway (memory): POST subscription, validated, durable", [7_258]),
                new("invalid-memory", "gateway (memory): POST invalid (400 problem)", [38_457]),
                new("get-file", "gateway (file): GET a contact's subscriptions", [38_169, 38_000, 38_500]),
                new("post-file", "gateway (file): POST subscription, validated, durable", [1_150, 1_250, 1_200]),
                new("invalid-file", "gateway (file): POST invalid (400 problem)", [42_141]),
                new("prism-get", "Prism mock: GET the same route", [1_212]),
            ],
            startup ?? new StartupTimes([900, 1_000, 800, 950, 850], [1_900, 2_000, 2_100, 2_200, 1_800], [2_500, 2_600, 2_400, 2_700, 2_300]),
            new DiskRate("dd oflag=dsync", [3_000, 3_200, 3_100]),
            new MemoryUse(3, 191, 150, 60, underLoad ?? [new(10, 230), new(20, 240), new(30, 250), new(40, 250), new(50, 251), new(60, 251)]));

    public static InProcessResults InProcess() =>
        new(
            MeasuredOn,
            2,
            1_000_000,
            100_000,
            3,
            [
                new("memory", 1_000_000, 100_000, 53.5, 4.0, "BulkLoad"),
                new("file", 1_000_000, 100_000, 133.6, 9.0, "BulkLoad"),
            ],
            [
                new("memory", 1, 10, [120, 110, 130]),
                new("memory", 100, 1_000, [418, 400, 420]),
                new("memory", 1_000, 10_000, [2_105, 2_000, 2_200]),
                new("file", 1, 10, [101, 99, 100]),
                new("file", 100, 1_000, [1_474, 1_400, 1_500]),
                new("file", 1_000, 10_000, [6_197, 6_000, 6_300]),
            ],
            [new("file", 64, 1_093), new("memory", 64, 7_380)]);
}
