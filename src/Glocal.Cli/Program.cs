using System.CommandLine;
using Glocal.Cli.Platform;

var root = new RootCommand("Glocal: the platform for local internationalization policy")
{
    GlobalOptions.Provider,
    GlobalOptions.Connection,
};
foreach (var command in PlatformCommands.Create())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
