package org.homeward.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class SessionController {

    private final SignInAttempts attempts;

    SessionController(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @GetMapping("/sign-in")
    String signIn(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        model.addAttribute("answersKept", session != null && session.getAttribute(PendingSubmission.ATTRIBUTE) != null);
        model.addAttribute("maxFailedAttempts", attempts.maxFailures());
        long minutes = Math.max(1, attempts.lockout().toMinutes());
        model.addAttribute("lockoutPeriod", minutes == 1 ? "1 minute" : minutes + " minutes");
        return "access/sign-in";
    }

    /** After signing in again, offer to send the form that the timeout interrupted. */
    @GetMapping("/session/resume")
    String resume(HttpSession session, Model model) {
        Object pending = session.getAttribute(PendingSubmission.ATTRIBUTE);
        if (!(pending instanceof PendingSubmission submission)) {
            return "redirect:/";
        }
        session.removeAttribute(PendingSubmission.ATTRIBUTE);
        model.addAttribute("path", submission.path());
        model.addAttribute("fields", submission.hiddenInputs());
        return "access/resume";
    }

    /** The timeout warning's "Stay signed in": any signed-in request extends the session. */
    @PostMapping("/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
