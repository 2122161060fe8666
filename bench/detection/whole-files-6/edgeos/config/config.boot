firewall {
    all-ping enable
}
interfaces {
    ethernet eth0 {
        address dhcp
        description WAN
    }
}
system {
    host-name edge-gw1
    login {
        user ubnt {
            authentication {
                encrypted-password "$6$4X77SfTZCD1V6PyM$NLQCqJVOc1TIdeZ1uCyRiWHHYytM0vW91Mi41sbYGHNp6KDRtYRCmYuBn.EWpTEH9vt74slY5JS4uyW6pSgPf."
                plaintext-password ""
            }
            level admin
        }
    }
}
vpn {
    ipsec {
        site-to-site {
            peer 198.51.100.20 {
                authentication {
                    mode pre-shared-secret
                    pre-shared-secret atB1o7Z8K9vvqN68WnPseDMP
                }
            }
        }
    }
}
