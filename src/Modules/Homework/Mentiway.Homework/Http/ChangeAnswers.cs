using Mentiway.BuildingBlocks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Mentiway.Homework.Http;

/// <summary>How every change of an item answers: its id and new version, the version also as the ETag.</summary>
internal static class ChangeAnswers
{
    public static IResult Changed(HttpResponse response, CreatedResource changed)
    {
        response.WriteETag(changed.Version!.Value);

        return Results.Ok(changed);
    }
}

internal static class ChangeEndpointMetadata
{
    /// <summary>What every change of an item may answer, for the OpenAPI document.</summary>
    public static RouteHandlerBuilder ProducesChange(this RouteHandlerBuilder builder) =>
        builder
            .Produces<CreatedResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
