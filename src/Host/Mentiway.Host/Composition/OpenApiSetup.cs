using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Mentiway.Host.Composition;

internal static class OpenApiSetup
{
    public const string BearerScheme = "Bearer";

    public static IServiceCollection AddMentiwayOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<BearerSecurityTransformer>();
            options.AddOperationTransformer(DescribeAccess);
        });

    /// <summary>
    /// Every operation of a person may answer 401; the co-worker's link needs no token at all.
    /// </summary>
    private static Task DescribeAccess(
        OpenApiOperation operation,
        OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [];
            return Task.CompletedTask;
        }

        // 403 is declared by each endpoint that can refuse a caller who sees the resource; any may refuse a token.
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "The token is missing or invalid." });

        return Task.CompletedTask;
    }

    /// <summary>Declares the bearer scheme and requires it on every operation but the anonymous ones.</summary>
    private sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
    {
        public Task TransformAsync(
            OpenApiDocument document,
            OpenApiDocumentTransformerContext context,
            CancellationToken cancellationToken)
        {
            document.Info.Title = "Mentiway API";
            document.Info.Description = "Mentoring programmes, sessions and homework between them.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT from the configured identity provider (or, in the demo, from /demo/tokens).",
            };

            var requirement = new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [],
            };
            document.Security = [requirement];

            return Task.CompletedTask;
        }
    }
}
