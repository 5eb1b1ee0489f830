namespace BackInStock.Gateway.Hosting;

/// <summary>The process-wide limits the gateway sets on the thread pool and on Kestrel.</summary>
public static class ServerLimits
{
    public static WebApplicationBuilder SetThreadPoolAndBodyLimits(this WebApplicationBuilder builder)
    {
        var limit = builder.Configuration.GetValue<long?>($"{GatewayOptions.Section}:{nameof(GatewayOptions.MaxRequestBodyBytes)}")
            ?? new GatewayOptions().MaxRequestBodyBytes;

        // The emulator's API is synchronous (LiteDB transactions belong to their thread), so a request waiting
        // for its group commit holds a thread; enough threads up front let concurrent writes share a commit
        // instead of the pool adding threads one by one.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 128), io);

        // Kestrel refuses anything far past the contract limit before it is buffered at all.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = Math.Max(limit, 1024 * 1024) * 4);
        return builder;
    }
}
