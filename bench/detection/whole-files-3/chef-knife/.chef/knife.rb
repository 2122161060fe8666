current_dir = File.dirname(__FILE__)
log_level                :info
log_location             STDOUT
node_name                "jdoe"
client_key               "#{current_dir}/jdoe.pem"
chef_server_url          "https://chef.acme-corp.net/organizations/acme"
cookbook_path            ["#{current_dir}/../cookbooks"]
knife[:aws_access_key_id]     = "AKIAZ2TLGM3RNLK2P6PW"
knife[:aws_secret_access_key] = "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"
knife[:vsphere_host] = "vcenter.acme-corp.net"
knife[:vsphere_user] = "administrator@vsphere.local"
knife[:vsphere_pass] = "pbS0*Q7Ot45!KjF2g!"
