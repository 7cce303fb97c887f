namespace GenScreen.Images.Faces;

/// <summary>
/// Decodes the tiny face detector's grid the way face-api's <c>TinyYolov2Base.extractBoxes</c> and <c>detect</c> do
/// (JS doubles over float32 tensor values): per cell and anchor, objectness = sigmoid(logit); above the score threshold,
/// the centre is (cell + sigmoid(t)) / cells and the size exp(t)·anchor / cells, corrected for the bottom/right padding;
/// then face-api's generic NMS (IoU 0.4 on boxes scaled to the input size) in descending score order.
/// </summary>
internal static class TinyFaceDecoder
{
    /// <summary>face-api's <c>tinyFaceDetector/const.ts</c> IOU_THRESHOLD.</summary>
    public const double IouThreshold = 0.4;

    /// <summary>face-api's BOX_ANCHORS (in grid cells), x = width, y = height.</summary>
    private static readonly (double W, double H)[] Anchors =
    [
        (1.603231, 2.094468),
        (6.041143, 7.080126),
        (2.882459, 3.518061),
        (4.266906, 5.178857),
        (9.041765, 10.66308),
    ];

    /// <summary>
    /// Faces in frame pixels, best first, from the NHWC grid <c>[cells, cells, 25]</c> of a frame of
    /// <paramref name="frameWidth"/>×<paramref name="frameHeight"/> resized into <paramref name="inputSize"/>.
    /// </summary>
    public static List<(FaceRect Box, double Score)> Decode(ReadOnlySpan<float> grid, int cells, int inputSize, int frameWidth, int frameHeight, double scoreThreshold, int maxResults)
    {
        var encoding = FaceModelNames.TinyBoxEncoding;
        if (grid.Length != cells * cells * Anchors.Length * encoding)
        {
            throw new ArgumentException($"Expected {cells * cells * Anchors.Length * encoding} grid values, got {grid.Length}.", nameof(grid));
        }

        // computeReshapedDimensions: the frame's size inside the padded square.
        var scale = (double)inputSize / Math.Max(frameWidth, frameHeight);
        var reshapedWidth = Math.Round(frameWidth * scale, MidpointRounding.AwayFromZero);
        var reshapedHeight = Math.Round(frameHeight * scale, MidpointRounding.AwayFromZero);
        var size = Math.Max(reshapedWidth, reshapedHeight);
        var correctionX = size / reshapedWidth;
        var correctionY = size / reshapedHeight;

        var candidates = new List<(double Left, double Top, double Right, double Bottom, double Score)>();
        for (var row = 0; row < cells; row++)
        {
            for (var col = 0; col < cells; col++)
            {
                for (var anchor = 0; anchor < Anchors.Length; anchor++)
                {
                    var v = grid.Slice((((row * cells) + col) * Anchors.Length + anchor) * encoding, encoding);
                    var score = Sigmoid(v[4]);
                    if (!(score > scoreThreshold))
                    {
                        continue;
                    }

                    var centreX = ((col + Sigmoid(v[0])) / cells) * correctionX;
                    var centreY = ((row + Sigmoid(v[1])) / cells) * correctionY;
                    var width = ((Math.Exp(v[2]) * Anchors[anchor].W) / cells) * correctionX;
                    var height = ((Math.Exp(v[3]) * Anchors[anchor].H) / cells) * correctionY;
                    var x = centreX - (width / 2);
                    var y = centreY - (height / 2);
                    candidates.Add((x, y, x + width, y + height, score));
                }
            }
        }

        var picked = NonMaxSuppression(candidates, inputSize);
        var faces = new List<(FaceRect, double)>(Math.Min(picked.Count, maxResults));
        foreach (var i in picked.Take(maxResults))
        {
            var c = candidates[i];
            // ObjectDetection: the relative box (left, top, right − left, bottom − top) rescaled by the frame's size.
            faces.Add((new FaceRect(c.Left * frameWidth, c.Top * frameHeight, (c.Right - c.Left) * frameWidth, (c.Bottom - c.Top) * frameHeight), c.Score));
        }

        return faces;
    }

    private static double Sigmoid(float x) => 1 / (1 + Math.Exp(-x));

    /// <summary>
    /// face-api's <c>ops/nonMaxSuppression</c>: indices sorted ascending by score (a stable sort) and popped from the end,
    /// so the best comes first and, among equal scores, the later index; each pick removes every remaining box whose IoU
    /// with it exceeds <see cref="IouThreshold"/>. Boxes are compared at the input size (<c>box.rescale(inputSize)</c>).
    /// </summary>
    private static List<int> NonMaxSuppression(List<(double Left, double Top, double Right, double Bottom, double Score)> boxes, int inputSize)
    {
        var remaining = Enumerable.Range(0, boxes.Count).OrderBy(i => boxes[i].Score).ToList();
        var pick = new List<int>();
        while (remaining.Count > 0)
        {
            var current = remaining[^1];
            remaining.RemoveAt(remaining.Count - 1);
            pick.Add(current);
            remaining.RemoveAll(i => Iou(boxes[current], boxes[i], inputSize) > IouThreshold);
        }

        return pick;
    }

    private static double Iou((double Left, double Top, double Right, double Bottom, double Score) a, (double Left, double Top, double Right, double Bottom, double Score) b, int inputSize)
    {
        double s = inputSize;
        var width = Math.Max(0.0, Math.Min(a.Right * s, b.Right * s) - Math.Max(a.Left * s, b.Left * s));
        var height = Math.Max(0.0, Math.Min(a.Bottom * s, b.Bottom * s) - Math.Max(a.Top * s, b.Top * s));
        var intersection = width * height;
        var areaA = ((a.Right * s) - (a.Left * s)) * ((a.Bottom * s) - (a.Top * s));
        var areaB = ((b.Right * s) - (b.Left * s)) * ((b.Bottom * s) - (b.Top * s));
        return intersection / (areaA + areaB - intersection);
    }
}
