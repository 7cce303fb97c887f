using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;
using GenScreen.Images.Nsfw;
using GenScreen.Integration.Tests.Functions;

namespace GenScreen.Integration.Tests.Infra;

/// <summary>
/// What runs where (issue 15): the runtime libraries and the Functions app never depend on build tooling or
/// local-development helpers (tools/: model import, npm ci, Azurite, evaluation; the local host; the CLI), and the
/// Functions output ships the model file, not the code that makes it.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>The projects that screen a request or an image (and the app that hosts them in Azure).</summary>
    public static TheoryData<string> RuntimeProjects => new()
    {
        "src/GenScreen.Core/GenScreen.Core.csproj",
        "src/GenScreen.Images/GenScreen.Images.csproj",
        "src/GenScreen.Storage/GenScreen.Storage.csproj",
        "src/GenScreen.Http/GenScreen.Http.csproj",
        "src/GenScreen.ContentSafety/GenScreen.ContentSafety.csproj",
        "src/GenScreen.Functions/GenScreen.Functions.csproj",
    };

    /// <summary>Projects outside tools/ that are tooling all the same: they host or drive the runtime locally.</summary>
    private static readonly string[] LocalOnlyProjects = ["GenScreen.LocalHost", "GenScreen.Cli"];

    /// <summary>Packages only the tooling needs (the importer writes ONNX protobuf).</summary>
    private static readonly string[] ToolingPackages = ["Google.Protobuf"];

    /// <summary>Assemblies of the tooling projects, which must never reach the Functions output.</summary>
    private static readonly string[] ToolingAssemblies = ["GenScreen.ModelImport", "GenScreen.LocalDev", "GenScreen.Evaluation", "GenScreen.LocalHost", "genscreen", "GenScreen.LexiconSnapshot", "GenScreen.TermIndexImage"];

    /// <summary>Types that spawn npm or Azurite or convert models: present in the tooling, absent from the app.</summary>
    private static readonly string[] ToolingTypes = ["NpmCi", "AzuriteRunner", "AzuriteInstaller", "NsfwjsModelImporter", "NsfwModelCache", "ImportedModelCache", "FaceModelCache", "FaceApiModelImporter", "FaceApiRecognitionModelImporter", "OnnxProtoWriter"];

    [Theory]
    [MemberData(nameof(RuntimeProjects))]
    public void RuntimeProject_ReferencesNoToolingProjectOrPackage_DirectlyOrTransitively(string project)
    {
        var closure = ProjectClosure(RepositoryFiles.PathOf(project));

        var offending = (
            from p in closure
            let relative = Path.GetRelativePath(RepositoryFiles.Root, p).Replace('\\', '/')
            where relative.StartsWith("tools/", StringComparison.Ordinal) || LocalOnlyProjects.Contains(Path.GetFileNameWithoutExtension(p))
            select relative).Concat(
            from p in closure
            from package in PackageReferences(p)
            where ToolingPackages.Contains(package, StringComparer.OrdinalIgnoreCase)
            select $"{Path.GetRelativePath(RepositoryFiles.Root, p)}: package {package}").ToList();

        Assert.True(offending.Count == 0, $"{project} depends on tooling:\n" + string.Join('\n', offending));
    }

    [Fact]
    public void ProjectGraph_IsReadTransitively_TheCliReachesTheTooling()
    {
        // The reading above can find what it forbids: the CLI reaches the importer, npm ci and Protobuf.
        var closure = ProjectClosure(RepositoryFiles.PathOf("src", "GenScreen.Cli", "GenScreen.Cli.csproj"));

        Assert.Contains(closure, p => p.EndsWith("GenScreen.ModelImport.csproj", StringComparison.Ordinal));
        Assert.Contains(closure, p => p.EndsWith("GenScreen.LocalDev.csproj", StringComparison.Ordinal));
        Assert.Contains(closure, p => p.EndsWith("GenScreen.Core.csproj", StringComparison.Ordinal));
        Assert.Contains(closure.SelectMany(PackageReferences), p => p == "Google.Protobuf");
    }

    [Fact]
    public void FunctionsOutput_HasNoToolingAssembly_AndNoGenScreenLibraryNeedsAToolingPackage()
    {
        // Google.Protobuf itself ships with the Functions worker (its gRPC channel to the host); what must not is
        // a GenScreen library that needs it (the importer did), or any tooling assembly.
        var output = FunctionAppMetadataTests.FindFunctionsOutput();
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "GenScreen.Functions.deps.json")));
        var target = deps.RootElement.GetProperty("targets").EnumerateObject().First().Value;
        var libraries = target.EnumerateObject().ToDictionary(
            l => l.Name.Split('/')[0],
            l => l.Value.TryGetProperty("dependencies", out var d) ? d.EnumerateObject().Select(x => x.Name).ToList() : []);
        var files = Directory.EnumerateFiles(output, "*.dll", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).ToList();
        // The graph is read: the image stack is there with its run-time package.
        Assert.Contains("Microsoft.ML.OnnxRuntime", libraries["GenScreen.Images"]);
        Assert.Contains("GenScreen.Images", files);

        var offending = libraries.Keys.Concat(files)
            .Where(name => ToolingAssemblies.Contains(name, StringComparer.OrdinalIgnoreCase))
            .Concat(
                from library in libraries
                where library.Key.StartsWith("GenScreen.", StringComparison.Ordinal)
                from dependency in library.Value
                where ToolingPackages.Contains(dependency, StringComparer.OrdinalIgnoreCase) || ToolingAssemblies.Contains(dependency, StringComparer.OrdinalIgnoreCase)
                select $"{library.Key} -> {dependency}")
            .Distinct()
            .ToList();

        Assert.True(offending.Count == 0, "Tooling in the Functions output:\n" + string.Join('\n', offending));
    }

    [Fact]
    public void FunctionsOutput_DefinesNoTypeThatRunsNpmOrImportsModels()
    {
        var output = FunctionAppMetadataTests.FindFunctionsOutput();
        var typesByAssembly = Directory.EnumerateFiles(output, "GenScreen.*.dll").ToDictionary(f => Path.GetFileName(f) ?? f, TypeNames);
        Assert.Contains(typesByAssembly, a => a.Value.Contains("NsfwModelStore")); // type names are read

        var offending = (
            from assembly in typesByAssembly
            from type in assembly.Value
            where ToolingTypes.Contains(type)
            select $"{assembly.Key}: {type}").ToList();

        Assert.True(offending.Count == 0, "Tooling code in the Functions output:\n" + string.Join('\n', offending));
    }

    [Fact]
    public void FunctionsOutput_ShipsTheRecordedModelFile()
    {
        var model = Path.Combine(FunctionAppMetadataTests.FindFunctionsOutput(), "models", NsfwModelInfo.FileName);

        Assert.True(File.Exists(model + GenScreen.Images.Models.ModelFileContent.CompressedSuffix), $"{model}.br is missing: the Functions build must ship the model (compressed).");
        Assert.False(File.Exists(model), $"{model} ships uncompressed beside its .br copy: the output would count it twice.");
        Assert.Equal(NsfwModelInfo.Sha256, NsfwModelStore.HashFile(model));
    }

    [Fact]
    public void FunctionsOutput_ShipsTheRecordedFaceModels()
    {
        // Faces are on by default (Faces:Enabled): a Functions app without them would not start. The default build ships the
        // default detector (Tiny) only; GenScreenFaceDetector=Ssd ships SSD instead.
        var models = Path.Combine(FunctionAppMetadataTests.FindFunctionsOutput(), "models");

        var files = GenScreen.Images.Faces.FaceModelFiles.InDirectory(models, GenScreen.Images.Faces.FaceDetectorKind.Tiny); // throws for a missing or altered file

        Assert.Equal(GenScreen.Images.Faces.FaceModelInfo.TinyDetector.Sha256, files.Detector.Sha256);
        Assert.Equal(GenScreen.Images.Faces.FaceModelInfo.Landmarks.Sha256, files.Landmarks.Sha256);
        Assert.Equal(GenScreen.Images.Faces.FaceModelInfo.Age.Sha256, files.Age.Sha256);
    }

    [Fact]
    public void FunctionsOutput_ShipsTheSecondStageAndTheRecognitionNet()
    {
        // Protected people are registered in every host (AddGenScreenHttp): the first image screened with someone enrolled needs the net.
        var models = Path.Combine(FunctionAppMetadataTests.FindFunctionsOutput(), "models");

        Assert.Equal(NsfwModelInfo.InceptionV3Sha256, NsfwModelStore.HashFile(Path.Combine(models, NsfwModelInfo.InceptionV3FileName)));
        Assert.Equal(GenScreen.Images.People.FaceRecognitionModelInfo.Sha256, NsfwModelStore.HashFile(Path.Combine(models, GenScreen.Images.People.FaceRecognitionModelInfo.FileName)));
    }

    [Fact]
    public void FunctionsOutput_OneModelFilePerRole_Compressed_WithinIssue13Budget()
    {
        // GenScreen.Functions.csproj ships one precision of each stage and one detector (docs/images.md, "Model files"), each
        // Brotli-compressed (ModelFileContent expands it at load): 6 files. Issue 13's budget is 30 MB of model files in the
        // default output; the 33.3 MB of ONNX take about 21 MB compressed.
        var directory = new DirectoryInfo(Path.Combine(FunctionAppMetadataTests.FindFunctionsOutput(), "models"));
        var all = directory.GetFiles();
        var compressed = directory.GetFiles("*.onnx" + GenScreen.Images.Models.ModelFileContent.CompressedSuffix);
        var total = all.Sum(f => f.Length);

        Assert.True(compressed.Length == 6 && all.Length == 6 && total <= 30_000_000, $"{all.Length} files, {total:N0} bytes of models in the Functions output: {string.Join(", ", all.Select(f => $"{f.Name} {f.Length:N0}"))}.");
    }

    [Fact]
    public void LargestBuildChoice_EachRolesLargestFile_WithinIssue13Budget()
    {
        // One file per role whatever the build properties pick (GenScreenFirstStagePrecision, GenScreenSecondStagePrecision,
        // GenScreenFaceDetector): the budget must hold for the largest pick of every role, not only the default. The
        // Functions build's import writes every choice's compressed copy into artifacts/models.
        string[][] roles =
        [
            [NsfwModelSpec.MobileNetV2.FileName, NsfwModelSpec.MobileNetV2Int8.FileName],
            [NsfwModelSpec.InceptionV3.FileName, NsfwModelSpec.InceptionV3Int8.FileName],
            ["faceapi_tiny_face_detector.onnx", "faceapi_ssd_mobilenetv1.onnx"],
            ["faceapi_landmark68.onnx"],
            ["faceapi_age_gender.onnx"],
            [GenScreen.Images.People.FaceRecognitionModelInfo.FileName],
        ];
        FunctionAppMetadataTests.FindFunctionsOutput(); // the build that imported the models
        var largest = roles.Select(choices => choices.Max(f => new FileInfo(RepositoryFiles.PathOf("artifacts", "models", f + GenScreen.Images.Models.ModelFileContent.CompressedSuffix)).Length)).ToList();

        Assert.True(largest.Sum() <= 30_000_000, $"{largest.Sum():N0} bytes for the largest choice of each role: {string.Join(", ", largest.Select(l => l.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))}.");
    }

    /// <summary>The project and every project it references, directly or through others (full paths).</summary>
    private static HashSet<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            Assert.True(File.Exists(current), $"Referenced project {current} does not exist.");
            foreach (var reference in AssemblyProjectReferences(current))
            {
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, reference.Replace('\\', '/'))));
            }
        }

        return seen;
    }

    private static IEnumerable<string> PackageReferences(string project) => Items(project, "PackageReference");

    /// <summary>
    /// Project references that bring an assembly. A reference with <c>ReferenceOutputAssembly="false"</c> only orders the
    /// build (GenScreen.Core runs the lexicon snapshot tool before compiling): nothing of it reaches the output, which
    /// <see cref="ToolingAssemblies"/> checks on the Functions output itself.
    /// </summary>
    private static List<string> AssemblyProjectReferences(string project) =>
        XDocument.Load(project).Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference" && !string.Equals(e.Attribute("ReferenceOutputAssembly")?.Value, "false", StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Attribute("Include")?.Value)
            .OfType<string>()
            .ToList();

    [Fact]
    public void Core_ReferencesTheLexiconSnapshotTool_ForBuildOrderOnly()
    {
        // The one build-only reference from a runtime project to tools/: if it ever brought its assembly, the
        // closure above would include it and the runtime tests would fail.
        var core = RepositoryFiles.PathOf("src", "GenScreen.Core", "GenScreen.Core.csproj");
        Assert.Contains(Items(core, "ProjectReference"), r => r.EndsWith("GenScreen.LexiconSnapshot.csproj", StringComparison.Ordinal));
        Assert.DoesNotContain(AssemblyProjectReferences(core), r => r.Contains("tools/", StringComparison.Ordinal));
    }

    private static List<string> Items(string project, string itemType) =>
        XDocument.Load(project).Descendants()
            .Where(e => e.Name.LocalName == itemType)
            .Select(e => e.Attribute("Include")?.Value)
            .OfType<string>()
            .ToList();

    private static HashSet<string> TypeNames(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.TypeDefinitions.Select(t => reader.GetString(reader.GetTypeDefinition(t).Name)).ToHashSet(StringComparer.Ordinal);
    }
}
