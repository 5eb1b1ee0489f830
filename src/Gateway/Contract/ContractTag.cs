namespace BackInStock.Gateway.Contract;

/// <summary>
/// One contract tag as generated: what the host registers, maps and validates for it, and the
/// conventions the contract gives its route group. The generated <c>ContractTags.All</c> lists every tag,
/// so adding a tag to the contract needs no edit here or in the host.
/// </summary>
/// <param name="Operations">The tag's operations, for the validate command and route.</param>
public sealed record ContractTag(string Name, IReadOnlyList<ContractOperation> Operations)
{
    /// <summary>Registers the hand-written <c>{Tag}Handlers</c> as the tag's handler interface.</summary>
    public required Action<IServiceCollection> AddHandlers { get; init; }

    /// <summary>Maps the tag's route group.</summary>
    public required Func<IEndpointRouteBuilder, RouteGroupBuilder> Map { get; init; }

    /// <summary>
    /// The operations' <c>security</c>: one entry per alternative, the names of its schemes joined by "+",
    /// "" for the anonymous alternative; empty when the operations are open.
    /// </summary>
    public required IReadOnlyList<string> Security { get; init; }

    /// <summary>The type the operations answer a 400 (or 422) with: the problem, or a vendor's error shape.</summary>
    public required Type ErrorType { get; init; }

    /// <summary>Called by storefronts from browsers (<c>x-storefront</c>): CORS for them, and a per-client rate limit.</summary>
    public bool Storefront { get; init; }

    /// <summary>The operations take a captcha token (an <c>X-Captcha-Token</c> header).</summary>
    public bool Captcha { get; init; }

    /// <summary>An operation answers with HTML.</summary>
    public bool ServesHtml { get; init; }
}
