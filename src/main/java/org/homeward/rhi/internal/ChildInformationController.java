package org.homeward.rhi.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** What a return home interview is, written for the child; any signed-in worker may print it or hand it over. */
@Controller
class ChildInformationController {

    @GetMapping("/return-interviews/about-your-chat")
    String aboutYourChat() {
        return "rhi/about-your-chat";
    }
}
