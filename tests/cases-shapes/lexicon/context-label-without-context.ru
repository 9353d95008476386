# A context label with no context to look for is rejected ("Minsk" alone names nothing).
# expect: dsh:ContextLabel-context
INSERT DATA { agreement:minsk-agreements dip:contextLabel "Minsk"@en }
