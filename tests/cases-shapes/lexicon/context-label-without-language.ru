# A context label without a language tag is rejected.
# expect: dsh:ContextLabel-label
INSERT DATA { agreement:minsk-agreements dip:contextLabel "Minsk" ; dip:labelContext format:normandy-format }
