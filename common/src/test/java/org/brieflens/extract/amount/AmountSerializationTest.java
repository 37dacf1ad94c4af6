package org.brieflens.extract.amount;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class AmountSerializationTest {

    @Test
    void theExtractorShipsAsARecipeAndResolvesToTheJvmInstance() throws Exception {
        byte[] bytes = serialize(AmountExtractor.load());
        Object back = deserialize(bytes);

        assertThat(bytes.length).isLessThan(200);
        assertThat(back).isSameAs(AmountExtractor.load());
    }

    @Test
    void amountsRoundTrip() throws Exception {
        Amount a = Marked.amounts("[[Apple]]'s revenue rose 5% in Q2 2025.").get(0);

        assertThat(deserialize(serialize(a))).isEqualTo(a);
    }

    private static byte[] serialize(Object o) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(out)) {
            oos.writeObject(o);
        }
        return out.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }
}
