using Shouldly;

namespace Glocal.Indicators.Tests;

public class EngineTests
{
    [Fact]
    public void Name_IsTheProjectName() => IndicatorEngine.Name.ShouldBe("Glocal.Indicators");
}
