package app.attendance.face.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites every {@code PRelu} of an ONNX model into operations ONNX Runtime's NCHWc layout
 * supports, so that the convolutions stay in that layout from end to end. PRelu has no NCHWc
 * kernel: each one is wrapped in a reorder out of the layout and back, which in the faceplugin
 * recogniser cost 67 reorders (1.1 ms) plus 33 PRelu (0.9 ms) of a 4.5 ms run.
 *
 * <p>Per channel with slope {@code s} and {@code c = 1 − s}:
 * {@code PRelu(x) = s·x + c·max(x, 0) = s·x + sign(c)·max(|c|·x, 0)}, written as
 * {@code Add(BN_s(x), [BN_sign(c)] Relu(BN_|c|(x)))}, where {@code BN_a} is a BatchNormalization
 * that multiplies channel by channel by {@code a} (mean 0, variance 1, epsilon 0, bias 0) —
 * which ONNX Runtime turns into an NCHWc depthwise convolution and fuses with the Relu and the
 * Add. The sign step is only added where some {@code c} is negative. Exact up to float rounding;
 * {@link FaceModels} still compares the rewritten model's output with the original's at start-up
 * and keeps the original on any difference. Measured on the recogniser (one thread): 4.54 → 3.59 ms.
 * (The liveness model has channel counts NCHWc does not take, and got slower: not rewritten.)
 *
 * <p>Only PRelu nodes whose slope is a float initializer of C values (shape [C], [C,1] or
 * [C,1,1]) are rewritten; anything else is left as it was.
 */
final class PreluRewrite {

    // ModelProto.graph; GraphProto.node / initializer; NodeProto fields; TensorProto fields; AttributeProto fields
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_INPUT = 11;
    private static final int VALUE_INFO_NAME = 1;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_NAME = 3;
    private static final int NODE_OP_TYPE = 4;
    private static final int NODE_ATTRIBUTE = 5;
    private static final int NODE_DOMAIN = 7;
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_FLOAT_DATA = 4;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_RAW_DATA = 9;
    private static final int ATTRIBUTE_NAME = 1;
    private static final int ATTRIBUTE_FLOAT = 2;
    private static final int ATTRIBUTE_TYPE = 20;
    private static final int TYPE_FLOAT = 1;

    private PreluRewrite() {
    }

    /** The rewritten model and how many PRelu it replaced. */
    record Result(byte[] model, int rewritten) {
    }

    /**
     * The model with its PRelu rewritten, or empty when it has none that can be; throws
     * IllegalArgumentException when the bytes are not a well-formed model.
     */
    static Optional<Result> rewrite(byte[] model) {
        List<Wire.Located> modelFields = Wire.fields(model);
        Wire.Writer out = new Wire.Writer();
        int rewritten = 0;
        for (Wire.Located f : modelFields) {
            if (f.field().number() == MODEL_GRAPH && f.field().type() == Wire.LEN) {
                Graph graph = rewriteGraph(f.field().payload());
                rewritten += graph.rewritten();
                out.bytes(MODEL_GRAPH, graph.bytes());
            } else {
                out.raw(model, f.start(), f.end());
            }
        }
        return rewritten == 0 ? Optional.empty() : Optional.of(new Result(out.toBytes(), rewritten));
    }

    /** Op types of the model's nodes in order (for checks and tests). */
    static List<String> opTypes(byte[] model) {
        List<String> ops = new ArrayList<>();
        for (Wire.Located f : Wire.fields(model)) {
            if (f.field().number() == MODEL_GRAPH && f.field().type() == Wire.LEN) {
                for (Wire.Located g : Wire.fields(f.field().payload())) {
                    if (g.field().number() == GRAPH_NODE) {
                        ops.add(Node.parse(g.field().payload()).opType());
                    }
                }
            }
        }
        return ops;
    }

    private record Graph(byte[] bytes, int rewritten) {
    }

    private static Graph rewriteGraph(byte[] graph) {
        List<Wire.Located> fields = Wire.fields(graph);
        Map<String, float[]> slopes = new HashMap<>();
        for (Wire.Located f : fields) {
            if (f.field().number() == GRAPH_INITIALIZER && f.field().type() == Wire.LEN) {
                Tensor.slope(f.field().payload()).ifPresent(t -> slopes.put(t.name(), t.values()));
            }
        }
        // Slopes only the rewritten PRelu read are dropped (ONNX Runtime warns about unused initializers).
        Set<String> replacedSlopes = new HashSet<>();
        Set<String> stillRead = new HashSet<>();
        Map<Integer, Node> nodes = new HashMap<>(); // by the field's position, parsed once
        for (Wire.Located f : fields) {
            if (f.field().number() == GRAPH_NODE && f.field().type() == Wire.LEN) {
                Node node = Node.parse(f.field().payload());
                nodes.put(f.start(), node);
                if (rewritable(node, slopes)) {
                    replacedSlopes.add(node.inputs().get(1));
                } else {
                    stillRead.addAll(node.inputs());
                }
            } else if (f.field().number() == GRAPH_INPUT && f.field().type() == Wire.LEN) {
                stillRead.add(Wire.firstString(f.field().payload(), VALUE_INFO_NAME));
            }
        }
        Wire.Writer out = new Wire.Writer();
        List<byte[]> newInitializers = new ArrayList<>();
        int count = 0;
        for (Wire.Located f : fields) {
            Node node = nodes.get(f.start());
            if (node != null) {
                if (rewritable(node, slopes)) {
                    count++;
                    replace(node.inputs().get(0), node.outputs().get(0), slopes.get(node.inputs().get(1)),
                            "prelu_rewrite_" + count, out, newInitializers);
                    continue;
                }
            }
            if (f.field().number() == GRAPH_INITIALIZER && f.field().type() == Wire.LEN) {
                String name = Wire.firstString(f.field().payload(), TENSOR_NAME);
                if (replacedSlopes.contains(name) && !stillRead.contains(name)) {
                    continue;
                }
            }
            out.raw(graph, f.start(), f.end());
        }
        for (byte[] tensor : newInitializers) {
            out.bytes(GRAPH_INITIALIZER, tensor);
        }
        return new Graph(out.toBytes(), count);
    }

    private static boolean rewritable(Node node, Map<String, float[]> slopes) {
        return "PRelu".equals(node.opType()) && node.domain().isEmpty() && node.inputs().size() == 2
                && node.outputs().size() == 1 && slopes.containsKey(node.inputs().get(1));
    }

    private static void replace(String x, String y, float[] s, String prefix, Wire.Writer graph, List<byte[]> inits) {
        int channels = s.length;
        float[] absC = new float[channels];
        float[] signC = new float[channels];
        boolean anyNegative = false;
        for (int i = 0; i < channels; i++) {
            float c = 1f - s[i];
            absC[i] = Math.abs(c);
            signC[i] = c < 0 ? -1f : 1f;
            anyNegative |= c < 0;
        }
        String scaled = prefix + "_sx";
        String pre = prefix + "_cx";
        String relu = prefix + "_relu";
        graph.bytes(GRAPH_NODE, scale(x, scaled, s, prefix + "_s", inits));
        graph.bytes(GRAPH_NODE, scale(x, pre, absC, prefix + "_c", inits));
        graph.bytes(GRAPH_NODE, node("Relu", prefix + "_Relu", List.of(pre), relu, null));
        String positive = relu;
        if (anyNegative) {
            positive = prefix + "_signed";
            graph.bytes(GRAPH_NODE, scale(relu, positive, signC, prefix + "_sign", inits));
        }
        graph.bytes(GRAPH_NODE, node("Add", prefix + "_Add", List.of(scaled, positive), y, null));
    }

    /** A BatchNormalization multiplying each channel by {@code factor}. */
    private static byte[] scale(String in, String out, float[] factor, String name, List<byte[]> inits) {
        int c = factor.length;
        inits.add(Tensor.encode(name + "_scale", factor));
        inits.add(Tensor.encode(name + "_bias", new float[c]));
        inits.add(Tensor.encode(name + "_mean", new float[c]));
        float[] ones = new float[c];
        java.util.Arrays.fill(ones, 1f);
        inits.add(Tensor.encode(name + "_var", ones));
        byte[] epsilon = new Wire.Writer().string(ATTRIBUTE_NAME, "epsilon").fixed32(ATTRIBUTE_FLOAT, 0f)
                .varint(ATTRIBUTE_TYPE, TYPE_FLOAT).toBytes();
        return node("BatchNormalization", name + "_BatchNormalization",
                List.of(in, name + "_scale", name + "_bias", name + "_mean", name + "_var"), out, epsilon);
    }

    private static byte[] node(String op, String name, List<String> inputs, String output, byte[] attribute) {
        Wire.Writer w = new Wire.Writer();
        for (String i : inputs) {
            w.string(NODE_INPUT, i);
        }
        w.string(NODE_OUTPUT, output).string(NODE_NAME, name).string(NODE_OP_TYPE, op);
        if (attribute != null) {
            w.bytes(NODE_ATTRIBUTE, attribute);
        }
        return w.toBytes();
    }

    /** The parts of a NodeProto the rewrite looks at. */
    private record Node(String opType, String domain, List<String> inputs, List<String> outputs) {

        static Node parse(byte[] bytes) {
            String op = "";
            String domain = "";
            List<String> inputs = new ArrayList<>();
            List<String> outputs = new ArrayList<>();
            for (Wire.Located f : Wire.fields(bytes)) {
                switch (f.field().number()) {
                    case NODE_INPUT -> inputs.add(f.field().string());
                    case NODE_OUTPUT -> outputs.add(f.field().string());
                    case NODE_OP_TYPE -> op = f.field().string();
                    case NODE_DOMAIN -> domain = f.field().string();
                    default -> {
                        // name, attributes, doc string: not needed
                    }
                }
            }
            return new Node(op, domain, inputs, outputs);
        }
    }

    /** A float initializer of C values (dims [C], [C,1] or [C,1,1]). */
    private record Tensor(String name, float[] values) {

        static Optional<Tensor> slope(byte[] bytes) {
            String name = null;
            List<Long> dims = new ArrayList<>();
            long dataType = 0;
            byte[] raw = null;
            byte[] floats = null;
            for (Wire.Located f : Wire.fields(bytes)) {
                Wire.Field field = f.field();
                switch (field.number()) {
                    case TENSOR_DIMS -> {
                        if (field.type() == Wire.VARINT) {
                            dims.add(field.varint());
                        } else {
                            return Optional.empty(); // packed dims: not produced by common exporters
                        }
                    }
                    case TENSOR_DATA_TYPE -> dataType = field.varint();
                    case TENSOR_NAME -> name = field.string();
                    case TENSOR_RAW_DATA -> raw = field.payload();
                    case TENSOR_FLOAT_DATA -> floats = field.payload();
                    default -> {
                        // segment, doc string, external data: such tensors are left alone below
                    }
                }
            }
            boolean perChannel = !dims.isEmpty() && dims.subList(1, dims.size()).stream().allMatch(d -> d == 1);
            byte[] data = raw != null ? raw : floats;
            if (name == null || dataType != TYPE_FLOAT || !perChannel || data == null
                    || data.length != dims.getFirst() * Float.BYTES) {
                return Optional.empty();
            }
            float[] values = new float[dims.getFirst().intValue()];
            ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
            return Optional.of(new Tensor(name, values));
        }

        static byte[] encode(String name, float[] values) {
            ByteBuffer data = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            data.asFloatBuffer().put(values);
            return new Wire.Writer().varint(TENSOR_DIMS, values.length).varint(TENSOR_DATA_TYPE, TYPE_FLOAT)
                    .string(TENSOR_NAME, name).bytes(TENSOR_RAW_DATA, data.array()).toBytes();
        }
    }
}
