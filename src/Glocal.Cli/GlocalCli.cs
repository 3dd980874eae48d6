using System.CommandLine;
using Glocal.Cli.Index;
using Glocal.Cli.Platform;

namespace Glocal.Cli;

/// <summary>The command tree of <c>glocal</c>.</summary>
public static class GlocalCli
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Glocal: the platform for local internationalization policy");
        foreach (var command in PlatformCommands.Create())
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(IndexCommand.Create());
        root.Subcommands.Add(Demo.DemoCommands.Create());
        root.Subcommands.Add(Residents.ResidentsCommands.Create());
        return root;
    }
}
