using System.Text.Json.Nodes;

namespace GenScreen.ModelImport.Tfjs;

/// <summary>A TF.js layers model as loaded from its bundle: the Keras topology, the weight manifest and the raw shard bytes.</summary>
internal sealed record TfjsLayersModelBundle(JsonObject ModelTopology, IReadOnlyList<TfjsWeightSpec> Weights, byte[] WeightData);
