namespace Glocal.Indicators;

/// <summary>Placeholder so the project builds; the engine replaces it.</summary>
public static class IndicatorEngine
{
    public const string Name = "Glocal.Indicators";
}
