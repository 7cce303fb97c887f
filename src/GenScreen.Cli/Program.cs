using GenScreen.Cli.Commands;
using System.CommandLine;

var root = new RootCommand("GenScreen: content-safety screening for AI image generation.")
{
    ServeCommand.Create(),
    ScreenCommand.Create(),
    ModelsCommand.Create(),
    EvalCommand.Create(),
    RescreenCommand.Create(),
    BanksCommand.Create(),
    PeopleCommand.Create(),
    StrikesCommand.Create(),
    StatsCommand.Create(),
    ExportCommand.Create(),
    ReviewCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
