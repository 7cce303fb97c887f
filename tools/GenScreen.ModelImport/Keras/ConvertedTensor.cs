namespace GenScreen.ModelImport.Keras;

/// <summary>
/// A Keras layer's output as it exists in the ONNX graph being built: the ONNX value name, the per-sample shape in ONNX
/// layout (<c>[C,H,W]</c> for images, <c>[F]</c> for vectors), and zero padding still to be applied
/// (<c>[top,left,bottom,right]</c>) that a following convolution folds into its own pads instead of a Pad node.
/// </summary>
internal sealed record ConvertedTensor(string OnnxName, IReadOnlyList<int> Shape, IReadOnlyList<int>? PendingPads = null)
{
    public bool IsImage => Shape.Count == 3;

    public int Channels => Shape[0];

    public int Height => Shape[1];

    public int Width => Shape[2];
}
