using System.Reflection;
using System.Runtime.Loader;

// genscreen-termindex-image <GenScreen.Core.dll> <image file>
// Loads the given GenScreen.Core (and the assemblies beside it), builds its built-in lexicons in memory and writes the
// image of their term indexes (GenScreen.Core.Prompts.Lexicons.TermIndexImage.WriteBuiltIn).
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: GenScreen.TermIndexImage <GenScreen.Core.dll> <image file>");
    return 2;
}

var core = Path.GetFullPath(args[0]);
var directory = Path.GetDirectoryName(core)!;
var context = new AssemblyLoadContext("GenScreen.Core image writer");
context.Resolving += (loader, name) =>
{
    var candidate = Path.Combine(directory, name.Name + ".dll");
    return File.Exists(candidate) ? loader.LoadFromAssemblyPath(candidate) : null;
};

var assembly = context.LoadFromAssemblyPath(core);
var writer = assembly.GetType("GenScreen.Core.Prompts.Lexicons.TermIndexImage", throwOnError: true)!
    .GetMethod("WriteBuiltIn", BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
    ?? throw new MissingMethodException("TermIndexImage.WriteBuiltIn");
try
{
    Console.WriteLine(writer.Invoke(null, [Path.GetFullPath(args[1])]));
    return 0;
}
catch (TargetInvocationException ex) when (ex.InnerException is not null)
{
    Console.Error.WriteLine($"GenScreen.TermIndexImage: {ex.InnerException}");
    return 1;
}
