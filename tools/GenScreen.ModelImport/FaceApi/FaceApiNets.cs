using GenScreen.Images.Faces;
using GenScreen.ModelImport.Onnx;
using GenScreen.ModelImport.Tfjs;
using Value = GenScreen.ModelImport.FaceApi.FaceApiGraphBuilder.Value;

namespace GenScreen.ModelImport.FaceApi;

/// <summary>
/// The three face-api nets GenScreen uses, written op for op after face-api 1.7.15's TypeScript
/// (<c>src/ssdMobilenetv1</c>, <c>src/faceFeatureExtractor</c> + <c>src/faceLandmarkNet</c>, <c>src/xception</c> +
/// <c>src/ageGenderNet</c>), including each net's input normalization. Resizing and padding stay outside the graphs
/// (<c>GenScreen.Images.Faces</c> does them as face-api's <c>NetInput.toBatchTensor</c> does).
/// </summary>
internal static class FaceApiNets
{
    /// <summary>SSD MobileNetV1's batch-norm epsilon (face-api's <c>mobileNetV1.ts</c>).</summary>
    private const float SsdBatchNormEpsilon = 0.0010000000474974513f;

    /// <summary>face-api's <c>leaky</c> slope (<c>tf.scalar(0.10000000149011612)</c>, i.e. 0.1f).</summary>
    private const float TinyLeakySlope = 0.1f;

    /// <summary>Manifest entries of the SSD export that face-api loads and never uses: the TF graph's own constants.</summary>
    private static readonly string[] SsdGraphConstants =
    [
        "Prediction/BoxPredictor_0/stack_1/2", "Postprocessor/Slice/begin", "Postprocessor/Slice/size",
        "Prediction/BoxPredictor_0/stack_1/1", "Prediction/BoxPredictor_1/stack_1/1", "Prediction/BoxPredictor_2/stack_1/1",
        "Prediction/BoxPredictor_3/stack_1/1", "Prediction/BoxPredictor_4/stack_1/1", "Prediction/BoxPredictor_5/stack_1/1",
        "Preprocessor/mul/x", "Preprocessor/ResizeImage/size", "Preprocessor/sub/y", "concat_1/axis",
        "Prediction/BoxPredictor_0/strided_slice/stack", "Prediction/BoxPredictor_0/strided_slice/stack_1",
        "Postprocessor/stack/1", "Prediction/BoxPredictor_0/stack/3",
    ];

    /// <summary>
    /// SSD MobileNetV1 face detector: input <c>[N,512,512,3]</c> RGB 0..255 (already padded to a square and resized);
    /// outputs <c>boxes</c> <c>[N,5118,4]</c> (ymin, xmin, ymax, xmax relative to the 512 square, decoded against the
    /// anchors as face-api's <c>outputLayer</c> does) and <c>scores</c> <c>[N,5118]</c> (sigmoid of the face class).
    /// </summary>
    public static OnnxGraph SsdMobilenetV1(IReadOnlyDictionary<string, WeightTensor> weights)
    {
        var g = new FaceApiGraphBuilder(weights);
        g.Ignore(SsdGraphConstants);
        var input = g.ImageInput(FaceModelNames.SsdInput, FaceModelNames.SsdInputSize);
        var x = g.Binary("Sub", g.Binary("Div", input, 127.5f, "preprocess/div"), 1f, "preprocess/sub");

        x = Pointwise(g, x, "MobilenetV1/Conv2d_0_pointwise", 2);
        Value? conv11 = null;
        for (var i = 1; i <= 13; i++)
        {
            var stride = i is 2 or 4 or 6 or 12 ? 2 : 1;
            var prefix = $"MobilenetV1/Conv2d_{i}_depthwise";
            x = g.DepthwiseConv(x, $"{prefix}/depthwise_weights", stride, $"{prefix}/conv");
            x = g.Relu6(g.BatchNorm(x, $"{prefix}/BatchNorm", SsdBatchNormEpsilon, $"{prefix}/bn"), $"{prefix}/relu6");
            x = Pointwise(g, x, $"MobilenetV1/Conv2d_{i}_pointwise", 1);
            if (i == 11)
            {
                conv11 = x;
            }
        }

        var p0 = Pointwise(g, x, "Prediction/Conv2d_0_pointwise", 1);
        var p1 = Pointwise(g, p0, "Prediction/Conv2d_1_pointwise", 2);
        var p2 = Pointwise(g, p1, "Prediction/Conv2d_2_pointwise", 1);
        var p3 = Pointwise(g, p2, "Prediction/Conv2d_3_pointwise", 2);
        var p4 = Pointwise(g, p3, "Prediction/Conv2d_4_pointwise", 1);
        var p5 = Pointwise(g, p4, "Prediction/Conv2d_5_pointwise", 2);
        var p6 = Pointwise(g, p5, "Prediction/Conv2d_6_pointwise", 1);
        var p7 = Pointwise(g, p6, "Prediction/Conv2d_7_pointwise", 2);

        Value[] sources = [conv11!, x, p1, p3, p5, p7];
        var boxRows = new List<string>();
        var classRows = new List<string>();
        for (var i = 0; i < sources.Length; i++)
        {
            var prefix = $"Prediction/BoxPredictor_{i}";
            var box = g.Conv(sources[i], $"{prefix}/BoxEncodingPredictor/weights", $"{prefix}/BoxEncodingPredictor/biases", 1, $"{prefix}/box");
            var cls = g.Conv(sources[i], $"{prefix}/ClassPredictor/weights", $"{prefix}/ClassPredictor/biases", 1, $"{prefix}/class");
            boxRows.Add(g.ToRows(box, 4, $"{prefix}/box_rows"));
            classRows.Add(g.ToRows(cls, 3, $"{prefix}/class_rows"));
        }

        var encodings = g.Raw("Concat", "box_encodings", boxRows, OnnxAttribute.Of("axis", 1L));
        var classes = g.Raw("Concat", "class_predictions", classRows, OnnxAttribute.Of("axis", 1L));
        DecodeBoxes(g, encodings, g.Weight("Output/extra_dim", 1, FaceModelNames.SsdAnchorCount, 4).Values);

        var face = g.Raw("Slice", "scores/face_logit", [classes, g.Int64s("scores/starts", [1]), g.Int64s("scores/ends", [2]), g.Int64s("scores/axes", [2])]);
        var sigmoid = g.Raw("Sigmoid", "scores/sigmoid", [face]);
        g.Raw("Reshape", FaceModelNames.SsdScores, [sigmoid, g.Int64s("scores/shape", [0, -1])]);
        g.Output(FaceModelNames.SsdBoxes, FaceModelNames.SsdAnchorCount, 4);
        g.Output(FaceModelNames.SsdScores, FaceModelNames.SsdAnchorCount);
        return g.Build("ssd_mobilenetv1");
    }

    /// <summary>
    /// face-api's TinyFaceDetector (TinyYolov2 with separable convolutions, <c>src/tinyFaceDetector</c>,
    /// <c>TinyYolov2Base.runMobilenet</c>): input <c>[N,3,s,s]</c> planar RGB, already padded to a square, resized and
    /// normalized by the caller (<see cref="FaceModelNames.TinyMeanRgb"/> subtracted, ÷255; <c>s</c> =
    /// <paramref name="inputSize"/>, face-api's <c>inputSize</c> option, a multiple of 32, shipped at
    /// <see cref="FaceModelNames.TinyInputSize"/>); a valid 3×3 conv, five separable
    /// convs with 2×2 max-pools (the last of stride 1), each followed by a leaky ReLU (0.1), and a 1×1 conv to 5 anchors ×
    /// 5 values. Output <c>grid</c> <c>[N,s/32,s/32,25]</c> NHWC, undecoded (sigmoid, anchors and NMS are the caller's, as
    /// in face-api's <c>extractBoxes</c>). The net is fully convolutional: the same weights at every input size.
    /// </summary>
    public static OnnxGraph TinyFaceDetector(IReadOnlyDictionary<string, WeightTensor> weights, int inputSize = FaceModelNames.TinyInputSize)
    {
        if (inputSize < 64 || inputSize % 32 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(inputSize), inputSize, "The tiny face detector's input size must be a multiple of 32, at least 64.");
        }

        var grid = inputSize / 32;
        var g = new FaceApiGraphBuilder(weights);
        var x = g.PlanarInput(FaceModelNames.TinyInput, inputSize);
        x = g.LeakyRelu(g.ConvValid(x, "conv0/filters", "conv0/bias", "conv0"), TinyLeakySlope, "conv0/leaky");
        for (var i = 1; i <= 5; i++)
        {
            x = g.MaxPoolSame(x, 2, 2, $"pool{i - 1}");
            x = g.LeakyRelu(g.SeparableConv(x, $"conv{i}", 1), TinyLeakySlope, $"conv{i}/leaky");
        }

        x = g.MaxPoolSame(x, 2, 1, "pool5");
        x = g.Conv(x, "conv8/filters", "conv8/bias", 1, "conv8");
        if (x.Height != grid || x.Width != grid || x.Channels != FaceModelNames.TinyAnchorCount * FaceModelNames.TinyBoxEncoding)
        {
            throw new InvalidDataException($"Tiny face detector output is {x.Channels}x{x.Height}x{x.Width}, expected 25x{grid}x{grid}.");
        }

        g.ToNhwc(x, FaceModelNames.TinyOutput);
        g.Output(FaceModelNames.TinyOutput, grid, grid, FaceModelNames.TinyAnchorCount * FaceModelNames.TinyBoxEncoding);
        return g.Build("tiny_face_detector");
    }

    /// <summary>
    /// The 68-point landmark net (FaceFeatureExtractor: four dense blocks, then a 136-unit dense layer): input
    /// <c>[N,3,112,112]</c> planar RGB, normalized by the caller (<see cref="FaceModelNames.FaceMeanRgb"/>, ÷255); output <c>landmarks</c> <c>[N,136]</c>, (x, y) pairs relative to the 112 square.
    /// </summary>
    public static OnnxGraph FaceLandmark68(IReadOnlyDictionary<string, WeightTensor> weights)
    {
        var g = new FaceApiGraphBuilder(weights);
        var x = Normalized(g, FaceModelNames.LandmarkInput);
        x = DenseBlock4(g, x, "dense0", isFirstLayer: true);
        x = DenseBlock4(g, x, "dense1", isFirstLayer: false);
        x = DenseBlock4(g, x, "dense2", isFirstLayer: false);
        x = DenseBlock4(g, x, "dense3", isFirstLayer: false);
        x = g.Flatten1x1(g.AvgPoolValid(x, 7, 2, "avgpool"), "flatten");
        g.Dense(x, "fc", 136, FaceModelNames.LandmarkOutput);
        g.Output(FaceModelNames.LandmarkOutput, 136);
        return g.Build("face_landmark_68");
    }

    /// <summary>
    /// ageGenderNet (TinyXception with two main blocks, then two dense heads): input <c>[N,3,112,112]</c> planar RGB,
    /// normalized as the landmark net's;
    /// outputs <c>age</c> <c>[N,1]</c> (years) and <c>gender</c> <c>[N,2]</c> (softmax, index 0 = male).
    /// </summary>
    public static OnnxGraph AgeGender(IReadOnlyDictionary<string, WeightTensor> weights)
    {
        var g = new FaceApiGraphBuilder(weights);
        var x = Normalized(g, FaceModelNames.AgeGenderInput);
        x = g.Relu(g.Conv(x, "entry_flow/conv_in/filters", "entry_flow/conv_in/bias", 2, "entry_flow/conv_in"), "entry_flow/conv_in/relu");
        x = ReductionBlock(g, x, "entry_flow/reduction_block_0", activateInput: false);
        x = ReductionBlock(g, x, "entry_flow/reduction_block_1", activateInput: true);
        for (var i = 0; i < 2; i++)
        {
            var prefix = $"middle_flow/main_block_{i}";
            var o = g.SeparableConv(g.Relu(x, $"{prefix}/relu0"), $"{prefix}/separable_conv0", 1);
            o = g.SeparableConv(g.Relu(o, $"{prefix}/relu1"), $"{prefix}/separable_conv1", 1);
            o = g.SeparableConv(g.Relu(o, $"{prefix}/relu2"), $"{prefix}/separable_conv2", 1);
            x = g.Add(o, x, $"{prefix}/add");
        }

        x = ReductionBlock(g, x, "exit_flow/reduction_block", activateInput: true);
        x = g.Relu(g.SeparableConv(x, "exit_flow/separable_conv", 1), "exit_flow/relu");
        var pooled = g.Flatten1x1(g.AvgPoolValid(x, 7, 2, "avgpool"), "flatten");
        g.Dense(pooled, "fc/age", 1, FaceModelNames.AgeOutput);
        var logits = g.Dense(pooled, "fc/gender", 2, "gender_logits");
        g.Raw("Softmax", FaceModelNames.GenderOutput, [logits.Name], OnnxAttribute.Of("axis", -1L));
        g.Output(FaceModelNames.AgeOutput, 1);
        g.Output(FaceModelNames.GenderOutput, 2);
        return g.Build("age_gender");
    }

    /// <summary>face-api's SSD <c>pointwiseConvLayer</c>: conv 'same' + batch-norm offset, then ReLU6.</summary>
    private static Value Pointwise(FaceApiGraphBuilder g, Value x, string prefix, int stride)
    {
        var conv = g.Conv(x, $"{prefix}/weights", null, stride, $"{prefix}/conv");
        return g.Relu6(g.AddChannelBias(conv, $"{prefix}/convolution_bn_offset", $"{prefix}/offset"), $"{prefix}/relu6");
    }

    /// <summary>
    /// face-api's <c>decodeBoxesLayer</c> against the anchors (<c>Output/extra_dim</c>, ymin/xmin/ymax/xmax). The anchor
    /// sizes and centres are constants, computed here in float32 exactly as tfjs computes them at run time.
    /// </summary>
    private static void DecodeBoxes(FaceApiGraphBuilder g, string encodings, float[] anchors)
    {
        var count = FaceModelNames.SsdAnchorCount;
        var (sizes0, sizes1, centers0, centers1) = (new float[count], new float[count], new float[count], new float[count]);
        for (var i = 0; i < count; i++)
        {
            var a = anchors.AsSpan(i * 4, 4);
            sizes0[i] = a[2] - a[0];
            sizes1[i] = a[3] - a[1];
            centers0[i] = a[0] + (sizes0[i] / 2f);
            centers1[i] = a[1] + (sizes1[i] / 2f);
        }

        long[] column = [count, 1];
        var s0 = g.Initializer("anchors/sizes0", column, sizes0);
        var s1 = g.Initializer("anchors/sizes1", column, sizes1);
        var c0 = g.Initializer("anchors/centers0", column, centers0);
        var c1 = g.Initializer("anchors/centers1", column, centers1);
        string[] e = ["decode/e0", "decode/e1", "decode/e2", "decode/e3"];
        g.RawMulti("Split", "decode/split", [encodings], e, OnnxAttribute.Of("axis", 2L));

        string Half(string enc, string size, string name) =>
            g.Raw("Div", $"{name}", [g.Raw("Mul", $"{name}/mul", [g.Raw("Exp", $"{name}/exp", [g.Raw("Div", $"{name}/div5", [enc, g.Scalar(5f)])]), size]), g.Scalar(2f)]);

        string Centre(string enc, string size, string centre, string name) =>
            g.Raw("Add", name, [g.Raw("Mul", $"{name}/mul", [g.Raw("Div", $"{name}/div10", [enc, g.Scalar(10f)]), size]), centre]);

        var div0 = Half(e[2], s0, "decode/div0_out");
        var add0 = Centre(e[0], s0, c0, "decode/add0_out");
        var div1 = Half(e[3], s1, "decode/div1_out");
        var add1 = Centre(e[1], s1, c1, "decode/add1_out");
        g.Raw("Concat", FaceModelNames.SsdBoxes,
            [
                g.Raw("Sub", "decode/ymin", [add0, div0]),
                g.Raw("Sub", "decode/xmin", [add1, div1]),
                g.Raw("Add", "decode/ymax", [add0, div0]),
                g.Raw("Add", "decode/xmax", [add1, div1]),
            ],
            OnnxAttribute.Of("axis", 2L));
    }

    /// <summary>The 112×112 face nets' input, normalized by the caller (<see cref="FaceModelNames.FaceMeanRgb"/>, ÷255, planar).</summary>
    private static Value Normalized(FaceApiGraphBuilder g, string inputName) => g.PlanarInput(inputName, FaceModelNames.FaceInputSize);

    /// <summary>
    /// face-api's <c>denseBlock4</c> (each conv's input is the ReLU of the sum of all outputs before it), with the sums
    /// kept as one running sum: <c>s2 = out1 + out2</c>, <c>s3 = s2 + out3</c>, <c>s4 = s3 + out4</c>. face-api adds
    /// from the right (<c>out1 + (out2 + out3)</c>), six additions; the running sum needs three, and each adds a conv's
    /// output used nowhere else, which ONNX Runtime fuses into that conv (the six separate additions were ~15 % of the
    /// net's time). Float addition is not associative: the sums differ from face-api's by rounding (ulps), far inside
    /// the parity bounds (<c>FaceParityTests</c>).
    /// </summary>
    private static Value DenseBlock4(FaceApiGraphBuilder g, Value x, string prefix, bool isFirstLayer)
    {
        var first = isFirstLayer
            ? g.Conv(x, $"{prefix}/conv0/filters", $"{prefix}/conv0/bias", 2, $"{prefix}/conv0")
            : g.SeparableConv(x, $"{prefix}/conv0", 2);
        var out1 = g.Relu(first, $"{prefix}/out1");
        var sum2 = g.Add(out1, g.SeparableConv(out1, $"{prefix}/conv1", 1), $"{prefix}/sum2");
        var sum3 = g.Add(sum2, g.SeparableConv(g.Relu(sum2, $"{prefix}/in3"), $"{prefix}/conv2", 1), $"{prefix}/sum3");
        var sum4 = g.Add(sum3, g.SeparableConv(g.Relu(sum3, $"{prefix}/in4"), $"{prefix}/conv3", 1), $"{prefix}/sum4");
        return g.Relu(sum4, $"{prefix}/out");
    }

    /// <summary>TinyXception's <c>reductionBlock</c>.</summary>
    private static Value ReductionBlock(FaceApiGraphBuilder g, Value x, string prefix, bool activateInput)
    {
        var o = activateInput ? g.Relu(x, $"{prefix}/relu_in") : x;
        o = g.SeparableConv(o, $"{prefix}/separable_conv0", 1);
        o = g.SeparableConv(g.Relu(o, $"{prefix}/relu0"), $"{prefix}/separable_conv1", 1);
        o = g.MaxPoolSame(o, 3, 2, $"{prefix}/maxpool");
        var expansion = g.Conv(x, $"{prefix}/expansion_conv/filters", $"{prefix}/expansion_conv/bias", 2, $"{prefix}/expansion_conv");
        return g.Add(o, expansion, $"{prefix}/add");
    }
}
