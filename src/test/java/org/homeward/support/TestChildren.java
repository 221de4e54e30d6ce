package org.homeward.support;

import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A fresh child for each test, added as a social worker would, so that tests never share a record. */
public final class TestChildren {

    private TestChildren() {
    }

    public static UUID add(MockMvc mvc, UserDetailsService users, String given, String family) throws Exception {
        return add(mvc, users, given, family, "");
    }

    /** A child whose allocated social worker (and plan owner) is the given user. */
    public static UUID add(MockMvc mvc, UserDetailsService users, String given, String family, String allocatedWorkerId)
            throws Exception {
        String location = mvc.perform(post("/children").with(csrf()).with(as(users, "socialworker"))
                        .param("allocatedWorkerId", allocatedWorkerId)
                        .param("givenNames", given).param("familyName", family)
                        .param("dobDay", "3").param("dobMonth", "5").param("dobYear", "2011")
                        .param("sex", "F").param("legalStatus", "LAC_CO")
                        .param("responsibleAuthorityId", "6513270e-269e-0d37-f2a7-4de452e6b438"))
                .andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring("/children/".length()));
    }

    /** A real PNG picture, as a camera or phone would save one (smaller). */
    public static byte[] png() {
        try {
            BufferedImage image = new BufferedImage(30, 40, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 30; x++) {
                for (int y = 0; y < 40; y++) {
                    image.setRGB(x, y, (x * 8) << 16 | (y * 6) << 8 | 0x80);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
