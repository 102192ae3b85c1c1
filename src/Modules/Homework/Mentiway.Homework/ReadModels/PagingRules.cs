using FluentValidation;
using Mentiway.BuildingBlocks.Paging;

namespace Mentiway.Homework.ReadModels;

/// <summary>
/// The paging rules with the query parameters' own names as fields ("page", not "paging.page"): a nested
/// validator would prefix them with the request's property name.
/// </summary>
public static class PagingRules
{
    public static void For<T>(AbstractValidator<T> validator, Func<T, PageRequest> paging)
    {
        validator.RuleFor(x => paging(x).Page).GreaterThanOrEqualTo(1).OverridePropertyName("page");
        validator.RuleFor(x => paging(x).PageSize)
            .InclusiveBetween(1, PageRequest.MaxPageSize)
            .OverridePropertyName("pageSize");
    }
}
