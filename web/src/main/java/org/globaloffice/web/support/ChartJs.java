package org.globaloffice.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code <p:chart value="…">}. PrimeFaces 15 removed the chart components
 * with Java models ({@code p:barChart}, {@code p:pieChart}, {@code p:donutChart}, … and {@code org.primefaces.model
 * .charts}, deprecated since 14); what is left is {@code p:chart}, which hands its {@code value}, a Chart.js
 * configuration as JSON, to the bundled Chart.js 4 (Chart.js itself, not a PrimeFaces wrapper of it). The JSON is
 * written with JSON-P, so that labels are escaped as JSON strings; since PrimeFaces puts it into a {@code <script>}
 * as it is, {@code <}, {@code >} and {@code &} are written as \\u escapes too, so that no label can end the script.
 */
public final class ChartJs {

    /** Bars or slices of one meaning: its name (legend, tooltip), one value per label, one colour or one per value. */
    public record Dataset(String label, List<? extends Number> values, List<String> colours) {

        public Dataset {
            values = List.copyOf(values);
            colours = List.copyOf(colours);
        }

        public static Dataset of(String label, List<? extends Number> values, String colour) {
            return new Dataset(label, values, List.of(colour));
        }
    }

    /** Colours that stay apart on screen and in print; red is kept for what is overdue or failing. */
    public static final List<String> PALETTE = List.of("#2563eb", "#f59e0b", "#10b981", "#8b5cf6", "#ec4899",
            "#06b6d4", "#84cc16", "#f97316", "#6366f1", "#14b8a6", "#9ca3af");
    public static final String BLUE = "#2563eb";
    public static final String RED = "#dc2626";
    public static final String GREEN = "#16a34a";
    public static final String GREY = "#9ca3af";

    private ChartJs() {
    }

    /** A bar chart; {@code stacked} puts the datasets of a label on top of each other instead of side by side. */
    public static String bar(List<String> labels, List<Dataset> datasets, boolean stacked) {
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
        JsonObject options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", datasets.size() > 1)))
                .add("scales", Json.createObjectBuilder()
                        .add("x", axis)
                        .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))))
                .build();
        return config("bar", labels, datasets, options);
    }

    /** A doughnut: one dataset, one colour per slice (taken from {@link #PALETTE} when none are given). */
    public static String doughnut(List<String> labels, Dataset dataset) {
        JsonObject options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "right")))
                .build();
        return config("doughnut", labels, List.of(dataset), options);
    }

    private static String config(String type, List<String> labels, List<Dataset> datasets, JsonObject options) {
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (Dataset dataset : datasets) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            dataset.values().forEach(v -> values.add(v.longValue()));
            JsonObjectBuilder set = Json.createObjectBuilder().add("label", dataset.label()).add("data", values);
            if (dataset.colours().size() == 1 && !"doughnut".equals(type)) {
                set.add("backgroundColor", dataset.colours().get(0));
            } else {
                JsonArrayBuilder colours = Json.createArrayBuilder();
                List<String> chosen = dataset.colours().isEmpty() ? PALETTE : dataset.colours();
                for (int i = 0; i < dataset.values().size(); i++) {
                    colours.add(chosen.get(i % chosen.size()));
                }
                set.add("backgroundColor", colours);
            }
            sets.add(set);
        }
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        String json = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", sets))
                .add("options", options)
                .build().toString();
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
