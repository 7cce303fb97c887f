namespace GenScreen.ModelImport.Tfjs;

/// <summary>Affine weight quantization of a TF.js weight: <c>value = q * Scale + Min</c> with q stored as <see cref="Dtype"/>.</summary>
internal sealed record TfjsQuantization(string Dtype, double Scale, double Min);
