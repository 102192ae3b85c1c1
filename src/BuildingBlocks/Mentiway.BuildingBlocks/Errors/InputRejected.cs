using FluentValidation;
using FluentValidation.Results;

namespace Mentiway.BuildingBlocks.Errors;

/// <summary>
/// Builds the same 400 that a validator gives, for checks that need the database (an id in the body that does not
/// exist or may not be used there).
/// </summary>
public static class InputRejected
{
    public static ValidationException Because(string field, string reason) =>
        new([new ValidationFailure(field, reason)]);
}
