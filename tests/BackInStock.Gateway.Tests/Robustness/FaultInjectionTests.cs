using System.Diagnostics;
using System.Net;

namespace BackInStock.Gateway.Tests.Robustness;

public sealed class FaultInjectionTests : IDisposable
{
    private readonly GatewayApplication _app = new(inMemory: true);

    private Task<HttpResponseMessage> Get(string fault)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v3/contacts/{Guid.NewGuid()}", UriKind.Relative));
        request.Headers.Add("X-BackInStock-Fault", fault);
        return _app.CreateAuthorizedClient().SendAsync(request);
    }

    [Fact]
    public async Task A_429_fault_carries_retry_after()
    {
        var response = await Get("status=429;retry-after=3");

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(3));
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"errorCode\":\"InjectedFault\"");
    }

    [Fact]
    public async Task A_500_fault_answers_in_the_route_s_error_shape()
    {
        var response = await Get("status=500");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json", "an Engage route answers Engage's shape");
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"errorCode\":\"InjectedFault\"").And.Contain("\"requestId\":");
    }

    [Fact]
    public async Task Latency_delays_the_real_answer()
    {
        var clock = Stopwatch.StartNew();

        var response = await Get("latency=300");

        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound, "after the delay the request is served as usual");
    }

    [Fact]
    public async Task Drop_cuts_the_connection()
    {
        var call = () => Get("drop");

        await call.Should().ThrowAsync<Exception>();
        (await Get("latency=0")).StatusCode.Should().Be(HttpStatusCode.NotFound, "the server keeps serving");
    }

    [Fact]
    public async Task A_fault_header_it_does_not_understand_is_a_400()
    {
        var response = await Get("status=200");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    public void Dispose() => _app.Dispose();
}
