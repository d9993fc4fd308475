package org.referralatlas.data;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes and reads the model's records in a compact binary form, by their record components: strings,
 * {@code int}, {@code double}, {@code boolean}, enums, lists, string-keyed maps (in their order) and
 * other records, any of them null. Reading calls each record's canonical constructor, so what a
 * record checks or derives in it is done as when the JSON loader builds it. The reader is told the
 * type it expects; the first value of each record or enum class is preceded by the class's shape (its
 * components' types and names, or its constants), which the reader compares with the class it has, so a
 * copy written for other model classes is refused rather than misread.
 */
final class RecordCodec {
    private static final int MAX_LENGTH = 16 * 1024 * 1024;
    /** Per record class: its components' generic types and its canonical constructor (reflection is slow). */
    private final Map<Class<?>, Shape> shapes = new HashMap<>();

    private record Shape(Type[] types, Constructor<?> canonical) {
    }

    /** Classes whose shape was written (writing) or checked (reading) already. */
    private final Set<Class<?>> described = new HashSet<>();

    void write(DataOutputStream out, Type type, Object value) throws IOException {
        Class<?> raw = raw(type);
        if (!raw.isPrimitive()) {
            out.writeBoolean(value != null);
            if (value == null) {
                return;
            }
        }
        if (raw == String.class) {
            byte[] bytes = ((String) value).getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        } else if (raw == int.class || raw == Integer.class) {
            out.writeInt((Integer) value);
        } else if (raw == double.class || raw == Double.class) {
            out.writeDouble((Double) value);
        } else if (raw == boolean.class || raw == Boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw.isEnum()) {
            describeOnce(out, raw);
            out.writeInt(((Enum<?>) value).ordinal());
        } else if (raw == List.class) {
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object item : list) {
                write(out, argument(type, 0), item);
            }
        } else if (raw == Map.class) {
            Map<?, ?> map = (Map<?, ?>) value;
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(out, String.class, e.getKey());
                write(out, argument(type, 1), e.getValue());
            }
        } else if (raw.isRecord()) {
            describeOnce(out, raw);
            for (RecordComponent c : raw.getRecordComponents()) {
                write(out, c.getGenericType(), invoke(c, value));
            }
        } else {
            throw new IllegalArgumentException("no compact form for " + raw.getName());
        }
    }

    Object read(DataInputStream in, Type type) throws IOException {
        Class<?> raw = raw(type);
        if (!raw.isPrimitive() && !in.readBoolean()) {
            return null;
        }
        if (raw == String.class) {
            return new String(in.readNBytes(length(in)), StandardCharsets.UTF_8);
        } else if (raw == int.class || raw == Integer.class) {
            return in.readInt();
        } else if (raw == double.class || raw == Double.class) {
            return in.readDouble();
        } else if (raw == boolean.class || raw == Boolean.class) {
            return in.readBoolean();
        } else if (raw.isEnum()) {
            checkOnce(in, raw);
            return raw.getEnumConstants()[in.readInt()];
        } else if (raw == List.class) {
            int n = length(in);
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(read(in, argument(type, 0)));
            }
            return Collections.unmodifiableList(list);
        } else if (raw == Map.class) {
            int n = length(in);
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                map.put(read(in, String.class), read(in, argument(type, 1)));
            }
            return Collections.unmodifiableMap(map);
        } else if (raw.isRecord()) {
            checkOnce(in, raw);
            Shape shape = shape(raw);
            Object[] values = new Object[shape.types().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = read(in, shape.types()[i]);
            }
            try {
                return shape.canonical().newInstance(values);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new IOException("cannot rebuild " + raw.getSimpleName() + ": " + e, e);
            }
        }
        throw new IllegalArgumentException("no compact form for " + raw.getName());
    }

    private void describeOnce(DataOutputStream out, Class<?> raw) throws IOException {
        if (described.add(raw)) {
            out.writeUTF(signature(raw));
        }
    }

    private void checkOnce(DataInputStream in, Class<?> raw) throws IOException {
        if (described.add(raw) && !in.readUTF().equals(signature(raw))) {
            throw new IOException("written for another version of " + raw.getSimpleName());
        }
    }

    /** A record's components' types and names, or an enum's constants, in order. */
    static String signature(Class<?> raw) {
        StringBuilder s = new StringBuilder(raw.getName());
        if (raw.isEnum()) {
            for (Object constant : raw.getEnumConstants()) {
                s.append(' ').append(((Enum<?>) constant).name());
            }
        } else {
            for (RecordComponent c : raw.getRecordComponents()) {
                s.append(' ').append(c.getGenericType().getTypeName()).append(' ').append(c.getName());
            }
        }
        return s.toString();
    }

    private Shape shape(Class<?> raw) throws IOException {
        Shape shape = shapes.get(raw);
        if (shape == null) {
            RecordComponent[] components = raw.getRecordComponents();
            Type[] types = new Type[components.length];
            Class<?>[] erased = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getGenericType();
                erased[i] = components[i].getType();
            }
            try {
                shape = new Shape(types, raw.getDeclaredConstructor(erased));
            } catch (NoSuchMethodException e) {
                throw new IOException("no canonical constructor in " + raw.getSimpleName(), e);
            }
            shapes.put(raw, shape);
        }
        return shape;
    }

    private static int length(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_LENGTH) {
            throw new IOException("bad length " + n);
        }
        return n;
    }

    private static Object invoke(RecordComponent c, Object record) throws IOException {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot read " + c.getName() + ": " + e, e);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        throw new IllegalArgumentException("no compact form for " + type);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("a raw collection type has no compact form: " + type);
    }
}
