using System.Reflection;

namespace BackInStock.Gateway.Tests.Fidelity;

/// <summary>The repository the tests were built from (set at build time), for the files they check or regenerate.</summary>
public static class Repository
{
    public static string Root { get; } = Metadata("RepoRoot");

    public static string NSwagDll { get; } = Metadata("NSwagDll");

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
