namespace Mentiway.BuildingBlocks.Requests;

/// <summary>Tells which module a type belongs to from its namespace (Mentiway.&lt;Module&gt;.…).</summary>
public static class ModuleNames
{
    public static string Of(Type type)
    {
        var parts = (type.Namespace ?? string.Empty).Split('.');

        return parts.Length > 1 && parts[0] == "Mentiway" ? parts[1] : "Host";
    }
}
