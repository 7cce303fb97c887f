using Google.Protobuf;

namespace GenScreen.ModelImport.Onnx;

/// <summary>
/// Serializes <see cref="OnnxModel"/> to the ONNX protobuf wire format (onnx.proto, proto2) by hand with
/// <see cref="CodedOutputStream"/>, so no generated onnx.proto code is needed. Fields are written in field-number order
/// and nothing time- or machine-dependent is written, so the same model always yields the same bytes.
/// Field numbers are those of onnx.proto (ModelProto, GraphProto, NodeProto, AttributeProto, TensorProto, ValueInfoProto,
/// TypeProto, TensorShapeProto, OperatorSetIdProto, StringStringEntryProto).
/// </summary>
internal static class OnnxProtoWriter
{
    public static byte[] Serialize(OnnxModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Build(o =>
        {
            WriteInt64(o, 1, model.IrVersion);
            WriteString(o, 2, model.ProducerName);
            WriteString(o, 3, model.ProducerVersion);
            WriteString(o, 6, model.DocString);
            WriteMessage(o, 7, g => WriteGraph(g, model.Graph));
            WriteMessage(o, 8, op =>
            {
                WriteString(op, 1, string.Empty);
                WriteInt64(op, 2, model.OpsetVersion);
            });
            foreach (var (key, value) in model.Metadata)
            {
                WriteMessage(o, 14, e =>
                {
                    WriteString(e, 1, key);
                    WriteString(e, 2, value);
                });
            }
        });
    }

    private static void WriteGraph(CodedOutputStream o, OnnxGraph graph)
    {
        foreach (var node in graph.Nodes)
        {
            WriteMessage(o, 1, n => WriteNode(n, node));
        }

        WriteString(o, 2, graph.Name);
        foreach (var tensor in graph.Initializers)
        {
            WriteMessage(o, 5, t => WriteTensor(t, tensor));
        }

        foreach (var input in graph.Inputs)
        {
            WriteMessage(o, 11, v => WriteValueInfo(v, input));
        }

        foreach (var output in graph.Outputs)
        {
            WriteMessage(o, 12, v => WriteValueInfo(v, output));
        }
    }

    private static void WriteNode(CodedOutputStream o, OnnxNode node)
    {
        foreach (var input in node.Inputs)
        {
            WriteString(o, 1, input);
        }

        foreach (var output in node.Outputs)
        {
            WriteString(o, 2, output);
        }

        WriteString(o, 3, node.Name);
        WriteString(o, 4, node.OpType);
        foreach (var attribute in node.Attributes)
        {
            WriteMessage(o, 5, a => WriteAttribute(a, attribute));
        }
    }

    private static void WriteAttribute(CodedOutputStream o, OnnxAttribute attribute)
    {
        WriteString(o, 1, attribute.Name);
        switch (attribute.Type)
        {
            case OnnxAttributeType.Float:
                o.WriteTag(2, WireFormat.WireType.Fixed32);
                o.WriteFloat(attribute.Float);
                break;
            case OnnxAttributeType.Int:
                WriteInt64(o, 3, attribute.Int);
                break;
            case OnnxAttributeType.String:
                o.WriteTag(4, WireFormat.WireType.LengthDelimited);
                o.WriteBytes(ByteString.CopyFromUtf8(attribute.String ?? string.Empty));
                break;
            case OnnxAttributeType.Ints:
                foreach (var value in attribute.Ints ?? [])
                {
                    WriteInt64(o, 8, value);
                }

                break;
            default:
                throw new NotSupportedException($"Attribute type {attribute.Type} is not supported.");
        }

        o.WriteTag(20, WireFormat.WireType.Varint);
        o.WriteEnum((int)attribute.Type);
    }

    private static void WriteTensor(CodedOutputStream o, OnnxTensor tensor)
    {
        foreach (var dim in tensor.Dims)
        {
            WriteInt64(o, 1, dim);
        }

        o.WriteTag(2, WireFormat.WireType.Varint);
        o.WriteInt32((int)tensor.DataType);
        WriteString(o, 8, tensor.Name);
        o.WriteTag(9, WireFormat.WireType.LengthDelimited);
        o.WriteBytes(UnsafeByteOperations.UnsafeWrap(tensor.RawData));
    }

    private static void WriteValueInfo(CodedOutputStream o, OnnxValueInfo value)
    {
        WriteString(o, 1, value.Name);

        // ValueInfoProto.type (2) -> TypeProto.tensor_type (1) -> Tensor.elem_type (1), Tensor.shape (2) -> dim (1).
        WriteMessage(o, 2, type => WriteMessage(type, 1, tensor =>
        {
            tensor.WriteTag(1, WireFormat.WireType.Varint);
            tensor.WriteInt32((int)value.ElementType);
            if (value.Shape is not { } dims)
            {
                return;
            }

            WriteMessage(tensor, 2, shape =>
            {
                foreach (var dim in dims)
                {
                    WriteMessage(shape, 1, d =>
                    {
                        if (dim.Value is { } fixedSize)
                        {
                            WriteInt64(d, 1, fixedSize);
                        }
                        else
                        {
                            WriteString(d, 2, dim.Param ?? string.Empty);
                        }
                    });
                }
            });
        }));
    }

    private static void WriteInt64(CodedOutputStream o, int field, long value)
    {
        o.WriteTag(field, WireFormat.WireType.Varint);
        o.WriteInt64(value);
    }

    private static void WriteString(CodedOutputStream o, int field, string value)
    {
        o.WriteTag(field, WireFormat.WireType.LengthDelimited);
        o.WriteString(value);
    }

    /// <summary>Writes a length-delimited sub-message: it is built first so its length prefix is known.</summary>
    private static void WriteMessage(CodedOutputStream o, int field, Action<CodedOutputStream> body)
    {
        o.WriteTag(field, WireFormat.WireType.LengthDelimited);
        o.WriteBytes(UnsafeByteOperations.UnsafeWrap(Build(body)));
    }

    private static byte[] Build(Action<CodedOutputStream> body)
    {
        using var stream = new MemoryStream();
        using (var output = new CodedOutputStream(stream, leaveOpen: true))
        {
            body(output);
        }

        return stream.ToArray();
    }
}
