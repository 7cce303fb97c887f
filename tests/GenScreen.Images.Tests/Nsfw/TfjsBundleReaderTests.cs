using GenScreen.ModelImport.Tfjs;

namespace GenScreen.Images.Tests.Nsfw;

public sealed class TfjsBundleReaderTests
{
    // The shapes of nsfwjs's UMD bundles, cut down to one uint8-quantized weight.
    private const string ModelJs =
        "!function(e){\"object\"==typeof exports&&\"undefined\"!=typeof module?module.exports=e():this.model=e()}(function(){return function e(a,n,i){var r=n[_]={exports:{}};}" +
        "({1:[function(e,a,n){a.exports={modelTopology:{keras_version:\"2.2.4\"},weightsManifest:[{paths:[\"group1-shard1of1\"]," +
        "weights:[{name:\"d/kernel\",shape:[1,3],dtype:\"float32\",quantization:{min:-1,scale:.5,dtype:\"uint8\"}}]}]}},{}]},{},[1])(1)});";

    private const string ShardJs = "!function(e){this.group1_shard1of1=e()}(function(){return({1:[function(e,a,n){a.exports=\"AAIE\"},{}]})});";

    [Fact]
    public void Read_UmdBundles_ReturnsTopologyManifestAndShardBytes()
    {
        var bundle = TfjsBundleReader.Read(ModelJs, path => path == "group1-shard1of1" ? ShardJs : throw new FileNotFoundException(path));

        Assert.Equal("2.2.4", bundle.ModelTopology["keras_version"]!.GetValue<string>());
        var spec = Assert.Single(bundle.Weights);
        Assert.Equal("d/kernel", spec.Name);
        Assert.Equal([1, 3], spec.Shape);
        Assert.Equal(new TfjsQuantization("uint8", 0.5, -1), spec.Quantization);
        Assert.Equal(new byte[] { 0, 2, 4 }, bundle.WeightData);
    }

    [Fact]
    public void Read_BundleWithoutPayload_ThrowsInvalidDataException()
    {
        Assert.Throws<InvalidDataException>(() => TfjsBundleReader.Read("module.exports=e()", _ => ShardJs));
    }
}
