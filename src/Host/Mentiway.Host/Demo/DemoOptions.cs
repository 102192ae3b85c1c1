namespace Mentiway.Host.Demo;

/// <summary>The demo programme and its tokens: off unless the run command (or an operator) switches it on.</summary>
public sealed class DemoOptions
{
    public const string Section = "Mentiway:Demo";

    public bool Enabled { get; set; }

    /// <summary>Where to write shell variables (URL, tokens, ids) for trying the demo with curl.</summary>
    public string? EnvFile { get; set; }
}
