using Microsoft.Extensions.Hosting;

namespace BackInStock.Testing;

/// <summary>
/// The host's lifetime inside a test run: it starts and stops with the fixture alone. The default console lifetime
/// would take the process's Ctrl+C and SIGTERM for itself, so stopping a test run would stop a fixture instead.
/// </summary>
internal sealed class TestRunLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
