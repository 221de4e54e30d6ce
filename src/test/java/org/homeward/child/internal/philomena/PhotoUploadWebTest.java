package org.homeward.child.internal.philomena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.ImageSamples;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** A photograph is decoded within limits and kept written afresh, or refused with a message and not kept. */
@HomewardTest
class PhotoUploadWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    UUID child;
    LocalDate today;

    @BeforeEach
    void aChild() throws Exception {
        child = TestChildren.add(mvc, users, "Phoebe", "Pixel");
        today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    MockMultipartHttpServletRequestBuilder profile(byte[] photo, String filename) {
        LocalDate review = today.plusMonths(3);
        LocalDate taken = today.minusWeeks(1);
        MockMultipartHttpServletRequestBuilder request = multipart("/children/" + child + "/philomena");
        request.file(new MockMultipartFile("photo", filename, "image/jpeg", photo));
        Map.of("height", "5 feet 2 inches", "completedBy", "Cara Jones, Oakfield",
                "completedOnDay", "" + today.getDayOfMonth(), "completedOnMonth", "" + today.getMonthValue(),
                "completedOnYear", "" + today.getYear(), "reviewDueDay", "" + review.getDayOfMonth(),
                "reviewDueMonth", "" + review.getMonthValue(), "reviewDueYear", "" + review.getYear(),
                "photoTakenDay", "" + taken.getDayOfMonth(), "photoTakenMonth", "" + taken.getMonthValue())
                .forEach(request::param);
        request.param("photoTakenYear", "" + taken.getYear());
        return request.with(csrf()).with(as(users, "carer"));
    }

    long photos() {
        return jdbc.sql("select count(*) from philomena_photo").query(Long.class).single();
    }

    byte[] stored() {
        return jdbc.sql("""
                        select ph.bytes from philomena_photo ph join philomena_profile p on p.id = ph.profile_id
                         where p.child_id = :child""")
                .param("child", child).query(byte[].class).single();
    }

    @Test
    void aDecompressionBombADamagedFileOrAnEmptyOneIsRefusedWithAMessageAndNothingIsKept() throws Exception {
        Map<String, String> messages = Map.of(
                "decompression bomb", "The selected photograph must be at most 10000 pixels wide and high, and 40 megapixels in all",
                "truncated PNG", "The selected file must be a JPG or PNG photograph",
                "garbage after a JPEG header", "The selected file must be a JPG or PNG photograph",
                "zero bytes", "The selected file is empty");
        long before = photos();
        for (Map.Entry<String, byte[]> bad : ImageSamples.bad().entrySet()) {
            long started = System.nanoTime();
            String page = mvc.perform(profile(bad.getValue(), "photo.png"))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(bad.getKey()).isLessThan(Duration.ofSeconds(5));
            assertThat(page).as(bad.getKey()).contains("There is a problem").contains(messages.get(bad.getKey()))
                    .contains("href=\"#photo\"").contains("5 feet 2 inches").contains("Cara Jones, Oakfield");
        }
        assertThat(photos()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from philomena_profile where child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPhoneCamerasPhotographIsKeptWrittenAfreshWithoutItsExif() throws Exception {
        byte[] upload = ImageSamples.jpegWithExif();
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains(ImageSamples.EXIF_SECRET);
        mvc.perform(profile(upload, "IMG_0042.jpg")).andExpect(status().is3xxRedirection());
        byte[] kept = stored();
        String text = new String(kept, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain(ImageSamples.EXIF_SECRET).doesNotContain("Exif");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept));
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(48);
    }

    @Test
    void aLargePhotographIsKeptNoLargerThanSixteenHundredPixels() throws Exception {
        mvc.perform(profile(ImageSamples.jpeg(4000, 3000), "big.jpg")).andExpect(status().is3xxRedirection());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored()));
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1200);
    }

    @Test
    void aBombStoredBeforePhotographsWereCheckedIsLeftOutOfThePdfAndNotServed() throws Exception {
        mvc.perform(profile(TestChildren.png(), "photo.png")).andExpect(status().is3xxRedirection());
        jdbc.sql("""
                        update philomena_photo set bytes = :bomb where profile_id =
                               (select id from philomena_profile where child_id = :child)""")
                .param("bomb", ImageSamples.bomb(30_000, 30_000)).param("child", child).update();
        long started = System.nanoTime();
        byte[] pdf = mvc.perform(get("/children/" + child + "/police-pack.pdf").with(as(users, "police")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
        mvc.perform(get("/children/" + child + "/philomena/photo").with(as(users, "police")))
                .andExpect(status().isNotFound());
    }
}
