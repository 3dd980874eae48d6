using Glocal.Cli;

return await GlocalCli.CreateRoot().Parse(args).InvokeAsync();
