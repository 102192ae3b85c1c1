using NodaTime;

namespace Mentiway.Homework.Items;

/// <summary>Turns the ways a due moment can be given into one UTC instant.</summary>
public static class DueMoments
{
    /// <summary>A day means "before the next day begins" in the assignee's zone, daylight saving included.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day, string ianaZone)
    {
        var zone = DateTimeZoneProviders.Tzdb[ianaZone];
        var nextDay = LocalDate.FromDateOnly(day).PlusDays(1);

        return zone.AtStartOfDay(nextDay).ToInstant().ToDateTimeOffset();
    }
}
