package org.globaloffice.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a user reads exists in both languages. */
class BundlesTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties en = load("/org/globaloffice/web/i18n/messages_en.properties");
        Properties zh = load("/org/globaloffice/web/i18n/messages_zh_CN.properties");

        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(en.values()).noneMatch(v -> v.toString().isBlank());
        assertThat(zh.values()).noneMatch(v -> v.toString().isBlank());
    }

    /** A text with {0} goes through MessageFormat, where a single apostrophe starts a quote and eats the rest. */
    @Test
    void textsWithArgumentsDoubleTheirApostrophes() throws IOException {
        Properties en = load("/org/globaloffice/web/i18n/messages_en.properties");
        Pattern lonelyApostrophe = Pattern.compile("(?<!')'(?!')");
        en.forEach((key, value) -> {
            if (value.toString().matches("(?s).*\\{\\d.*")) {
                assertThat(lonelyApostrophe.matcher(value.toString()).find()).as(key + " = " + value).isFalse();
            }
        });
    }

    @Test
    void theChineseTextsAreChinese() throws IOException {
        Properties zh = load("/org/globaloffice/web/i18n/messages_zh_CN.properties");

        assertThat(zh.getProperty("menu.schools")).isEqualTo("二级学院");
        assertThat(zh.getProperty("login.signIn")).isEqualTo("登录");
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Properties en = load("/org/globaloffice/web/i18n/messages_en.properties");
        Pattern key = Pattern.compile("msg\\['([a-zA-Z0-9.-]+)'\\]");
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            pages.filter(p -> p.toString().endsWith(".xhtml")).forEach(page -> {
                try {
                    var matcher = key.matcher(Files.readString(page));
                    while (matcher.find()) {
                        assertThat(en).as(page + " uses " + matcher.group(1)).containsKey(matcher.group(1));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @Test
    void validationMessagesExistInBothLanguages() throws IOException {
        Path dir = Path.of("../domain/src/main/resources");
        Properties en = new Properties();
        Properties zh = new Properties();
        try (var a = Files.newBufferedReader(dir.resolve("ValidationMessages_en.properties"));
             var b = Files.newBufferedReader(dir.resolve("ValidationMessages_zh_CN.properties"))) {
            en.load(a);
            zh.load(b);
        }
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }
}
