package org.globaloffice.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.globaloffice.web.support.ChartJs.Dataset;
import org.junit.jupiter.api.Test;

class ChartJsTest {

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void aStackedBarStacksBothAxesAndShowsTheLegendOfItsDatasets() {
        JsonObject chart = parse(ChartJs.bar(List.of("2025", "2026"), List.of(
                Dataset.of("Lecturing", List.of(1L, 2L), "#111111"),
                Dataset.of("Visiting scholar", List.of(0L, 3L), "#222222")), true));

        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(1)).isEqualTo("2026");
        JsonObject second = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(1);
        assertThat(second.getString("label")).isEqualTo("Visiting scholar");
        assertThat(second.getJsonArray("data").getJsonNumber(1).longValue()).isEqualTo(3);
        assertThat(second.getString("backgroundColor")).isEqualTo("#222222");
        JsonObject scales = chart.getJsonObject("options").getJsonObject("scales");
        assertThat(scales.getJsonObject("x").getBoolean("stacked")).isTrue();
        assertThat(scales.getJsonObject("y").getBoolean("stacked")).isTrue();
        assertThat(chart.getJsonObject("options").getJsonObject("plugins").getJsonObject("legend")
                .getBoolean("display")).isTrue();
    }

    @Test
    void aBarWithOneColourPerValueColoursEachBar() {
        JsonObject chart = parse(ChartJs.bar(List.of("Overdue", "Nov 2026"),
                List.of(new Dataset("Documents", List.of(1L, 4L), List.of(ChartJs.RED, ChartJs.BLUE))), false));

        JsonObject set = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertThat(set.getJsonArray("backgroundColor").getString(0)).isEqualTo(ChartJs.RED);
        assertThat(set.getJsonArray("backgroundColor").getString(1)).isEqualTo(ChartJs.BLUE);
        assertThat(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getBoolean("stacked"))
                .isFalse();
        assertThat(chart.getJsonObject("options").getJsonObject("plugins").getJsonObject("legend")
                .getBoolean("display")).as("one dataset: the title says what it is").isFalse();
    }

    @Test
    void aDoughnutGetsOneColourPerSlice() {
        JsonObject chart = parse(ChartJs.doughnut(List.of("GB", "DE", "ES"),
                new Dataset("Teachers", List.of(2L, 1L, 1L), List.of())));

        assertThat(chart.getString("type")).isEqualTo("doughnut");
        assertThat(chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0)
                .getJsonArray("backgroundColor")).hasSize(3);
    }

    @Test
    void noLabelCanEndTheScriptThePageEmbedsItIn() {
        String json = ChartJs.bar(List.of("</script><script>alert(1)</script>", "R&D"),
                List.of(Dataset.of("a", List.of(1L, 2L), "#000000")), false);

        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(parse(json).getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo("</script><script>alert(1)</script>");
        assertThat(parse(json).getJsonObject("data").getJsonArray("labels").getString(1)).isEqualTo("R&D");
    }
}
