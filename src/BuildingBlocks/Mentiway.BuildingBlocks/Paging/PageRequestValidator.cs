using FluentValidation;

namespace Mentiway.BuildingBlocks.Paging;

public sealed class PageRequestValidator : AbstractValidator<PageRequest>
{
    public PageRequestValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).OverridePropertyName("page");
        RuleFor(x => x.PageSize)
            .InclusiveBetween(1, PageRequest.MaxPageSize)
            .OverridePropertyName("pageSize");
    }
}
