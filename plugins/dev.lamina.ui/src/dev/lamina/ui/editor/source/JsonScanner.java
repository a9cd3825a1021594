// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.source;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;

/** Tokens of JSON text for colouring: keys (a string followed by a colon), strings, numbers, literals. */
final class JsonScanner extends RuleBasedScanner implements ITokenScanner {

    JsonScanner(Display display) {
        // System colours belong to the display and need no disposing.
        IToken key = new Token(new TextAttribute(display.getSystemColor(SWT.COLOR_DARK_BLUE), null, SWT.BOLD));
        IToken string = new Token(new TextAttribute(display.getSystemColor(SWT.COLOR_DARK_GREEN)));
        IToken number = new Token(new TextAttribute(display.getSystemColor(SWT.COLOR_DARK_MAGENTA)));
        IToken literal = new Token(new TextAttribute(display.getSystemColor(SWT.COLOR_DARK_RED), null, SWT.BOLD));
        WordRule literals = new WordRule(new IWordDetector() {
            @Override
            public boolean isWordStart(char c) {
                return Character.isLetter(c);
            }

            @Override
            public boolean isWordPart(char c) {
                return Character.isLetter(c);
            }
        }, Token.UNDEFINED);
        literals.addWord("true", literal);
        literals.addWord("false", literal);
        literals.addWord("null", literal);
        setRules(new IRule[] {new WhitespaceRule(Character::isWhitespace), stringRule(key, string),
            numberRule(number), literals});
    }

    /** A quoted string, a key when the next non-blank character is a colon. */
    private static IRule stringRule(IToken key, IToken string) {
        return scanner -> {
            if (scanner.read() != '"') {
                scanner.unread();
                return Token.UNDEFINED;
            }
            int c;
            while ((c = scanner.read()) != ICharacterScanner.EOF && c != '"' && c != '\n') {
                if (c == '\\') {
                    scanner.read();
                }
            }
            int read = 0;
            int next;
            do {
                next = scanner.read();
                read++;
            } while (next == ' ' || next == '\t');
            for (int i = 0; i < read; i++) {
                scanner.unread();
            }
            return next == ':' ? key : string;
        };
    }

    private static IRule numberRule(IToken number) {
        return scanner -> {
            int c = scanner.read();
            if (!(c == '-' || Character.isDigit(c))) {
                scanner.unread();
                return Token.UNDEFINED;
            }
            do {
                c = scanner.read();
            } while (c != ICharacterScanner.EOF && (Character.isDigit(c) || c == '.' || c == 'e' || c == 'E'
                    || c == '+' || c == '-'));
            scanner.unread();
            return number;
        };
    }
}
