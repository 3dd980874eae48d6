namespace Glocal.Web.Tests.Reliability;

/// <summary>
/// Tests that start, cut or kill a server of their own run one after another: each is a whole app with its
/// own database, and several at once on a two-core CI machine would starve each other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OwnServerCollection
{
    public const string Name = "Own server";
}
