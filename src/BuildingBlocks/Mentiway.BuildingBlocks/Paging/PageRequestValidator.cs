using FluentValidation;

namespace Mentiway.BuildingBlocks.Paging;

public sealed class PageRequestValidator : AbstractValidator<PageRequest>
{
    public PageRequestValidator()
    {
        RuleFor(x => x.Page)
            .InclusiveBetween(1, PageRequest.MaxPage)
            .WithMessage($"must be between 1 and {PageRequest.MaxPage}")
            .OverridePropertyName("page");
        RuleFor(x => x.PageSize)
            .InclusiveBetween(1, PageRequest.MaxPageSize)
            .WithMessage($"must be between 1 and {PageRequest.MaxPageSize}")
            .OverridePropertyName("pageSize");
    }
}
