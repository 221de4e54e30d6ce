package org.homeward.access.internal.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminController {

    @GetMapping("/admin")
    String index() {
        return "access/admin/index";
    }
}
