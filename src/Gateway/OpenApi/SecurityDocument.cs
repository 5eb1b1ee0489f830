using BackInStock.Gateway.Security;
using BackInStock.Gateway.Tenancy;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace BackInStock.Gateway.OpenApi;

/// <summary>
/// Writes into the runtime document the security each endpoint enforces (<see cref="SecurityRequirements"/>,
/// put there by the filter that enforces it) and the schemes as the filters read them: the header or query
/// parameter each looks at. The drift test compares both with the contract.
/// </summary>
internal sealed class SecurityDocument : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        var schemes = document.Components.SecuritySchemes;
        schemes[ContractSecurity.ApiKey] = Scheme(ParameterLocation.Header, ApiKeyFilter.Header);
        schemes[ContractSecurity.TenantHeader] = Scheme(ParameterLocation.Header, TenantSelection.Header);
        schemes[ContractSecurity.TenantQuery] = Scheme(ParameterLocation.Query, TenantSelection.QueryParameter);
        schemes[ContractSecurity.KlaviyoApiKey] = Scheme(ParameterLocation.Header, HeaderNames.Authorization);

        foreach (var description in context.DescriptionGroups.SelectMany(group => group.Items))
        {
            var security = description.ActionDescriptor.EndpointMetadata.OfType<SecurityRequirements>().LastOrDefault();
            if (security is null || description.HttpMethod is null
                || document.Paths?.GetValueOrDefault("/" + description.RelativePath) is not { Operations: { } operations }
                || !operations.TryGetValue(new HttpMethod(description.HttpMethod), out var operation))
            {
                continue;
            }

            operation.Security = [.. security.Alternatives.Select(alternative => Requirement(document, alternative))];
        }

        return Task.CompletedTask;
    }

    private static OpenApiSecurityScheme Scheme(ParameterLocation location, string name) =>
        new() { Type = SecuritySchemeType.ApiKey, In = location, Name = name };

    private static OpenApiSecurityRequirement Requirement(OpenApiDocument document, string alternative)
    {
        var requirement = new OpenApiSecurityRequirement();
        foreach (var scheme in alternative.Split('+', StringSplitOptions.RemoveEmptyEntries))
        {
            requirement[new OpenApiSecuritySchemeReference(scheme, document)] = [];
        }

        return requirement;
    }
}
