using System.Text.Json.Nodes;

namespace GenScreen.ModelImport.Keras;

/// <summary>One layer of a Keras functional model: its class, its config, and the names of the layers feeding it.</summary>
internal sealed record KerasLayer(string Name, string ClassName, JsonObject Config, IReadOnlyList<string> Inputs);
