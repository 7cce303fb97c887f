using System.Runtime.CompilerServices;

// The command classes are internal (this is an executable); the CLI tests drive them in-process.
[assembly: InternalsVisibleTo("GenScreen.Cli.Tests")]
