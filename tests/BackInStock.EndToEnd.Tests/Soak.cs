using System.Globalization;

namespace BackInStock.EndToEnd.Tests;

/// <summary>
/// How long the reliability tests run: the short form in `make test`, the long form in `make soak`
/// (BACKINSTOCK_SOAK_ROUNDS crash-and-restart rounds of BACKINSTOCK_SOAK_SECONDS of load each).
/// </summary>
internal static class Soak
{
    public static int Rounds => int.TryParse(Environment.GetEnvironmentVariable("BACKINSTOCK_SOAK_ROUNDS"), CultureInfo.InvariantCulture, out var rounds) && rounds > 0 ? rounds : 1;

    public static TimeSpan Load => TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("BACKINSTOCK_SOAK_SECONDS"), CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? seconds : 1.5);
}
