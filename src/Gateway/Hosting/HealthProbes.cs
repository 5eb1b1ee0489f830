namespace BackInStock.Gateway.Hosting;

/// <summary>
/// <c>/healthz</c> (alive) and <c>/readyz</c> (ready), for container runtimes, orchestrators and CI services.
/// A probe sends no key and no tenant, and an orchestrator addresses the container by its IP, so these two
/// reads skip the tenant choice and the local-only Host check; they reveal no tenant data.
/// </summary>
public static class HealthProbes
{
    public const string Liveness = "/healthz";
    public const string Readiness = "/readyz";

    public static bool IsProbe(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && (request.Path.Equals(Liveness, StringComparison.OrdinalIgnoreCase) || request.Path.Equals(Readiness, StringComparison.OrdinalIgnoreCase));
}
