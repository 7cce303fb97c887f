using GenScreen.Core.Images.Faces;

namespace GenScreen.Images.Faces;

/// <summary>
/// face-api's box arithmetic, reproduced operation for operation (JS numbers are doubles; tensor values float32) so the
/// crops GenScreen feeds the nets are the crops face-api feeds them, to the pixel. References are to face-api 1.7.15's
/// <c>src/</c>: <c>ssdMobilenetv1/SsdMobilenetv1.ts</c>, <c>ssdMobilenetv1/nonMaxSuppression.ts</c>,
/// <c>classes/Box.ts</c>, <c>classes/ObjectDetection.ts</c>, <c>classes/FaceLandmarks.ts</c>,
/// <c>faceLandmarkNet/FaceLandmark68NetBase.ts</c>, <c>factories/WithFaceLandmarks.ts</c>.
/// </summary>
internal static class FaceApiGeometry
{
    /// <summary>face-api's fixed NMS IoU threshold for SSD.</summary>
    public const double IouThreshold = 0.5;

    /// <summary>face-api's <c>alignMinBbox</c> padding: the landmarks' bounding box grows by 20 % of its width and height.</summary>
    public const double AlignPadding = 0.2;

    /// <summary>
    /// face-api's SSD <c>nonMaxSuppression</c>: candidates scoring above <paramref name="scoreThreshold"/> in descending
    /// score order (stable, as V8's sort), each kept unless a kept box overlaps it with IoU &gt; 0.5.
    /// </summary>
    public static List<int> NonMaxSuppression(ReadOnlySpan<float> boxes, ReadOnlySpan<float> scores, int maxResults, double scoreThreshold)
    {
        var candidates = new List<int>();
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] > scoreThreshold)
            {
                candidates.Add(i);
            }
        }

        var scoreCopy = scores.ToArray();
        var ordered = candidates.OrderByDescending(i => scoreCopy[i]).ToList();
        var selected = new List<int>();
        var outputSize = Math.Min(maxResults, scores.Length);
        foreach (var candidate in ordered)
        {
            if (selected.Count >= outputSize)
            {
                break;
            }

            var suppressed = false;
            for (var j = selected.Count - 1; j >= 0; j--)
            {
                if (Iou(boxes, candidate, selected[j]) > IouThreshold)
                {
                    suppressed = true;
                    break;
                }
            }

            if (!suppressed)
            {
                selected.Add(candidate);
            }
        }

        return selected;
    }

    /// <summary>
    /// The detection box in frame pixels from a decoded SSD box (ymin, xmin, ymax, xmax relative to the padded 512 square):
    /// clipped to [0,1], scaled by 512 / reshaped size (which undoes the bottom/right padding), then by the frame size.
    /// </summary>
    public static FaceRect DetectionBox(ReadOnlySpan<float> box, int frameWidth, int frameHeight, int inputSize)
    {
        var scale = (double)inputSize / Math.Max(frameHeight, frameWidth);
        var padX = inputSize / Math.Round(frameWidth * scale, MidpointRounding.AwayFromZero);
        var padY = inputSize / Math.Round(frameHeight * scale, MidpointRounding.AwayFromZero);
        var top = Math.Max(0, (double)box[0]) * padY;
        var bottom = Math.Min(1.0, box[2]) * padY;
        var left = Math.Max(0, (double)box[1]) * padX;
        var right = Math.Min(1.0, box[3]) * padX;
        return Rescale(new FaceRect(left, top, right - left, bottom - top), frameWidth, frameHeight);
    }

    /// <summary>
    /// <c>FaceDetection.forSize(width, height).box</c>: the box goes to relative coordinates (× 1/size) and back (× size),
    /// which face-api does every time a detection is re-sized; the double rounding is kept.
    /// </summary>
    public static FaceRect ForSize(FaceRect box, int frameWidth, int frameHeight) =>
        Rescale(new FaceRect(box.X * (1.0 / frameWidth), box.Y * (1.0 / frameHeight), box.Width * (1.0 / frameWidth), box.Height * (1.0 / frameHeight)), frameWidth, frameHeight);

    /// <summary><c>Box.clipAtImageBorders</c>: clipped to the frame, then every field floored (what <c>tf.slice</c> gets).</summary>
    public static FaceBox ClipAtImageBorders(FaceRect box, int frameWidth, int frameHeight)
    {
        var clippedX = Math.Max(box.X, 0);
        var clippedY = Math.Max(box.Y, 0);
        var newWidth = box.Right - clippedX;
        var newHeight = box.Bottom - clippedY;
        var clippedWidth = Math.Min(newWidth, frameWidth - clippedX);
        var clippedHeight = Math.Min(newHeight, frameHeight - clippedY);
        return new FaceBox((int)Math.Floor(clippedX), (int)Math.Floor(clippedY), (int)Math.Floor(clippedWidth), (int)Math.Floor(clippedHeight));
    }

    /// <summary>
    /// The 68 landmarks in frame pixels from the net's 136 outputs for a crop of <paramref name="crop"/>'s size:
    /// <c>FaceLandmark68NetBase.postProcess</c> (float32 tensor ops), then <c>FaceLandmarks</c> scaling by the crop and
    /// <c>shiftBy</c> the detection box's (unfloored) top-left, as <c>extendWithFaceLandmarks</c> does.
    /// </summary>
    public static FacePoint[] Landmarks(ReadOnlySpan<float> output, FaceBox crop, FaceRect detection, int inputSize)
    {
        var (w, h) = ((double)crop.Width, (double)crop.Height);
        var scale = inputSize / Math.Max(h, w);
        var (scaledW, scaledH) = (w * scale, h * scale);
        var padX = (float)(scaledW < scaledH ? Math.Abs(scaledW - scaledH) / 2 : 0);
        var padY = (float)(scaledH < scaledW ? Math.Abs(scaledW - scaledH) / 2 : 0);
        var points = new FacePoint[68];
        for (var i = 0; i < 68; i++)
        {
            var relX = (double)(((output[2 * i] * (float)inputSize) - padX) / (float)scaledW);
            var relY = (double)(((output[(2 * i) + 1] * (float)inputSize) - padY) / (float)scaledH);

            // FaceLandmarks(rel, crop dims): positions = rel × dims; shiftBy: relativePositions = positions / dims, then × dims + shift.
            var px = relX * w;
            var py = relY * h;
            points[i] = new FacePoint(((px / w) * w) + detection.X, ((py / h) * h) + detection.Y);
        }

        return points;
    }

    /// <summary>
    /// face-api's <c>alignedRect</c>: the landmarks' bounding box (<c>minBbox</c>; note its max starts at 0) padded by
    /// 20 % (<c>Box.pad</c>: half on each side), stored relative to the frame and back (<c>FaceDetection</c>).
    /// </summary>
    public static FaceRect AlignedRect(IReadOnlyList<FacePoint> landmarks, int frameWidth, int frameHeight)
    {
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity, maxX = 0, maxY = 0;
        foreach (var p in landmarks)
        {
            minX = p.X < minX ? p.X : minX;
            minY = p.Y < minY ? p.Y : minY;
            maxX = maxX < p.X ? p.X : maxX;
            maxY = maxY < p.Y ? p.Y : maxY;
        }

        var (width, height) = (maxX - minX, maxY - minY);
        var (padX, padY) = (width * AlignPadding, height * AlignPadding);
        var padded = new FaceRect(minX - (padX / 2), minY - (padY / 2), width + padX, height + padY);
        var relative = new FaceRect(padded.X * (1.0 / frameWidth), padded.Y * (1.0 / frameHeight), padded.Width * (1.0 / frameWidth), padded.Height * (1.0 / frameHeight));
        return Rescale(relative, frameWidth, frameHeight);
    }

    private static FaceRect Rescale(FaceRect relative, int width, int height) =>
        new(relative.X * width, relative.Y * height, relative.Width * width, relative.Height * height);

    /// <summary>face-api's SSD <c>IOU</c> on (ymin, xmin, ymax, xmax) rows.</summary>
    private static double Iou(ReadOnlySpan<float> boxes, int i, int j)
    {
        var a = boxes.Slice(i * 4, 4);
        var b = boxes.Slice(j * 4, 4);
        double yminI = Math.Min(a[0], a[2]), xminI = Math.Min(a[1], a[3]), ymaxI = Math.Max(a[0], a[2]), xmaxI = Math.Max(a[1], a[3]);
        double yminJ = Math.Min(b[0], b[2]), xminJ = Math.Min(b[1], b[3]), ymaxJ = Math.Max(b[0], b[2]), xmaxJ = Math.Max(b[1], b[3]);
        var areaI = (ymaxI - yminI) * (xmaxI - xminI);
        var areaJ = (ymaxJ - yminJ) * (xmaxJ - xminJ);
        if (areaI <= 0 || areaJ <= 0)
        {
            return 0.0;
        }

        var intersection = Math.Max(Math.Min(ymaxI, ymaxJ) - Math.Max(yminI, yminJ), 0.0) * Math.Max(Math.Min(xmaxI, xmaxJ) - Math.Max(xminI, xminJ), 0.0);
        return intersection / (areaI + areaJ - intersection);
    }
}
